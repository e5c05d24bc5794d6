import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'

const FILE = '/repo/mxdeploy.yml'

function errorOf(text: string): string {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected the configuration to be refused')
}

describe('mxdeploy.yml', () => {
  test('the example app loads with defaults applied and paths resolved', async () => {
    const path = new URL('../../examples/hello/mxdeploy.yml', import.meta.url).pathname
    const config = await loadConfig(path)
    const dir = join(path, '..')
    expect(config.app).toBe('hello')
    expect(config.build).toMatchObject({ deploymentDir: join(dir, 'deployment'), version: '1.2.0' })
    expect(config.repository).toBe(`file:${join(dir, '.mxdeploy/packages')}`)
    expect(config.environments.map((e) => e.name)).toEqual(['test', 'acceptance', 'production'])
    const [test_, acceptance, production] = config.environments
    expect(test_!.target).toEqual({
      type: 'local',
      path: join(dir, '.mxdeploy/envs/test'),
      keep: 5
    })
    expect(acceptance!.target).toEqual({
      type: 'local',
      path: join(dir, '.mxdeploy/envs/acceptance'),
      keep: 5
    })
    expect(acceptance!.constants['Hello.FeatureNewInbox']).toBe('true')
    expect(production).toMatchObject({
      after: 'acceptance',
      production: true,
      newConstants: 'require',
      scheduledEvents: 'all',
      protection: { reviewers: 'required', mfa: 'totp', sessionHours: 8, preventSelfReview: false }
    })
    expect(production!.constants['Hello.MaxRetries']).toBe('5')
  })

  test('a minimal file needs only the app', () => {
    const config = parseConfig('app: hello\n', FILE)
    expect(config.environments).toEqual([])
    expect(config.repository).toBe('file:/repo/.mxdeploy/packages')
    expect(config.traceability).toEqual({ requireStory: 'off', patterns: undefined, limit: 1000 })
  })

  test('--state-dir moves default environments and the default repository', () => {
    const config = parseConfig('app: a\nenvironments:\n  test: {}\n', FILE, { stateDir: '/state' })
    expect(config.repository).toBe('file:/state/packages')
    expect(config.environments[0]!.target).toMatchObject({ path: '/state/envs/test' })
  })

  test('an unknown key names file, line, column and what is allowed', () => {
    const message = errorOf('app: hello\nenvironments:\n  test:\n    targt: { type: local }\n')
    expect(message).toContain('/repo/mxdeploy.yml:4:5: unknown key "targt" in environments.test')
    expect(message).toContain('allowed here: target, after, url, production, constants')
  })

  test('a value outside an enum lists the allowed values', () => {
    const message = errorOf('app: a\nenvironments:\n  prod:\n    protection: { mfa: sms }\n')
    expect(message).toMatch(
      /mxdeploy\.yml:4:\d+: environments\.prod\.protection\.mfa is "sms"; allowed: totp, none/
    )
  })

  test('a wrong type says what was expected', () => {
    expect(errorOf('app: a\nenvironments:\n  t:\n    after: [x]\n')).toMatch(
      /4:\d+: environments\.t\.after must be string/
    )
  })

  test('an unknown target type and the keys of another target are refused', () => {
    expect(errorOf('app: a\nenvironments:\n  t:\n    target: { type: ftp }\n')).toContain(
      'environments.t.target.type is "ftp"; allowed: local, command'
    )
    expect(errorOf('app: a\nenvironments:\n  t:\n    target: { type: command }\n')).toContain(
      'environments.t.target needs "run"'
    )
  })

  test('a constant name must be Module.Constant', () => {
    const message = errorOf('app: a\nenvironments:\n  t:\n    constants: { ApiUrl: x }\n')
    expect(message).toContain(
      ':4:18: name "ApiUrl" in environments.t.constants is not allowed: use the qualified name Module.Name'
    )
    expect(message.split('\n')).toHaveLength(2)
  })

  test('the app is required', () => {
    expect(errorOf('environments: {}\n')).toContain('the top level needs "app"')
  })

  test('YAML that does not parse is reported with its position', () => {
    expect(errorOf('app: a\nenvironments:\n  test: { target: \n')).toMatch(
      /not valid YAML:\n\/repo\/mxdeploy\.yml:\d+:\d+:/
    )
    expect(errorOf('app: a\napp: b\n')).toMatch(/:2:1: Map keys must be unique/)
  })

  test('an alias without its anchor is a YAML error at its position, not a crash', () => {
    expect(errorOf('app: hello\nbuild: *defaults\n')).toBe(
      `${FILE} is not valid YAML:\n${FILE}:2:8: the alias *defaults has no anchor &defaults before it`
    )
    // An anchor set after its alias does not count, as YAML says.
    expect(errorOf('app: hello\nb: *x\nc: &x 1\n')).toContain(
      `${FILE}:2:4: the alias *x has no anchor &x before it`
    )
    expect(() => parseConfig('app: &a hello\nbuild: { version: 1.2.0 }\nx: *a\n', FILE)).toThrow(
      'unknown key "x"'
    )
  })

  test('a second YAML document is named as such', () => {
    expect(errorOf('app: hello\n---\napp: other\n')).toBe(
      `${FILE} is not valid YAML:\n${FILE}:2:1: a second YAML document starts here (after ---); mxdeploy.yml is one document`
    )
  })

  test('a YAML alias bomb (billion laughs) is refused naming the file, before it expands', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (const [i, name] of [...'bcdefghi'].entries()) {
      const previous = 'abcdefghi'[i]!
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const message = errorOf(`app: hello\nx:\n  ${levels.join('\n  ')}\n`)
    expect(message).toBe(
      `${FILE} uses YAML aliases more than 100 times (an alias bomb expands a few lines into gigabytes): it is refused; write the values out instead`
    )
  })

  test('after: must name an environment of the file', () => {
    const message = errorOf('app: a\nenvironments:\n  test: {}\n  prod: { after: acceptance }\n')
    expect(message).toContain(
      '/repo/mxdeploy.yml:4:18: environment "prod" comes after "acceptance", which is not an environment of this file (they are: test, prod)'
    )
  })

  test('after: links must not form a cycle', () => {
    const message = errorOf(
      'app: a\nenvironments:\n  a: { after: c }\n  b: { after: a }\n  c: { after: b }\n'
    )
    expect(message).toContain('form a cycle: a → c → b → a')
  })

  test('a missing file and a directory are input errors', async () => {
    await expect(loadConfig('/nonexistent/mxdeploy.yml')).rejects.toThrow(
      /does not exist: create mxdeploy.yml/
    )
    await expect(loadConfig('/tmp')).rejects.toThrow(/is a directory/)
    await expect(loadConfig('/etc/hostname/mxdeploy.yml')).rejects.toThrow(
      'configuration /etc/hostname/mxdeploy.yml does not exist'
    )
  })

  test('a FIFO is refused before it is read (reading it would wait for a writer forever)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-config-fifo-'))
    const fifo = join(dir, 'mxdeploy.yml')
    execFileSync('mkfifo', [fifo])
    await expect(loadConfig(fifo)).rejects.toThrow(
      new ConfigurationError(`configuration ${fifo} is a named pipe (FIFO), not a regular file`)
    )
  })
})

describe('traceability patterns', () => {
  test('an invalid regular expression is refused when the file loads, with its position', () => {
    const message = errorOf(
      'app: a\ntraceability:\n  patterns:\n    - { name: jira, regex: "[A-Z+-\\\\d+" }\n'
    )
    expect(message).toMatch(/^\/repo\/mxdeploy\.yml:4:5: /)
    expect(message).toContain('jira')
  })
})
