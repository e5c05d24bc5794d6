import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { constantValueProblem } from '../../src/stage/constant-types.js'

describe('constant values keep the text the user wrote', () => {
  it('reads unquoted numbers and booleans as their source text', () => {
    const config = parseConfig(
      [
        'app: hello',
        'environments:',
        '  test:',
        '    constants:',
        '      Core.ApiVersion: 010',
        '      Core.Ratio: 1.10',
        '      Core.Hex: 0x1F',
        '      Core.Big: 1e3',
        '      Core.Flag: True',
        '      Core.Quoted: "010"',
        '      Core.Text: plain text',
        ''
      ].join('\n'),
      '/work/mxdeploy.yml'
    )
    expect(config.environments[0]!.constants).toEqual({
      'Core.ApiVersion': '010',
      'Core.Ratio': '1.10',
      'Core.Hex': '0x1F',
      'Core.Big': '1e3',
      'Core.Flag': 'True',
      'Core.Quoted': '010',
      'Core.Text': 'plain text'
    })
  })
})

describe('constant values checked as Mendix types them', () => {
  it.each([
    ['Integer', '2147483647'],
    ['Integer', '-2147483648'],
    ['Integer', '+7'],
    ['Long', '9223372036854775807'],
    ['Long', '-9223372036854775808'],
    ['Decimal', '12345678901234567890.12345678'],
    ['Decimal', '-0.5'],
    ['Decimal', '10'],
    ['Boolean', 'True'],
    ['Boolean', 'false'],
    ['DateTime', '2026-01-31'],
    ['DateTime', '2026-01-31T08:00:00Z'],
    ['DateTime', '2026-01-31T08:00:00.123+01:00'],
    ['String', '010'],
    ['Duration', 'anything: an unknown type is not judged']
  ])('accepts a %s of %j', (type, value) => {
    expect(constantValueProblem(type, value, '10.24.8.80126')).toBeUndefined()
  })

  it.each([
    ['Integer', '2147483648', 'must lie between -2147483648 and 2147483647'],
    ['Integer', '-2147483649', 'must lie between -2147483648 and 2147483647'],
    ['Integer', '1.5', 'must be a whole number'],
    ['Integer', '0x1F', 'must be a whole number'],
    [
      'Long',
      '9223372036854775808',
      'must lie between -9223372036854775808 and 9223372036854775807'
    ],
    ['Decimal', '123456789012345678901', 'at most 20 digits before the point'],
    ['Decimal', '1.123456789', 'at most 8 digits after the point in Mendix 10.24.8.80126'],
    ['Decimal', '1e3', 'at most 20 digits before the point'],
    ['Boolean', 'yes', 'must be true or false'],
    ['DateTime', '31-01-2026', 'must be an ISO 8601 date'],
    ['DateTime', '2026-13-01', 'must be an ISO 8601 date']
  ])('refuses a %s of %j', (type, value, problem) => {
    expect(constantValueProblem(type, value, '10.24.8.80126')).toContain(problem)
  })

  it('allows 18 digits after the point from Mendix 11.6', () => {
    expect(constantValueProblem('Decimal', '0.123456789012345678', '11.6.0')).toBeUndefined()
    expect(constantValueProblem('Decimal', '0.123456789012345678', '11.5.0.1')).toContain(
      'at most 8 digits'
    )
  })
})
