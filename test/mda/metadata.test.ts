import { describe, expect, it } from 'vitest'
import { parseMetadata } from '../../src/mda/metadata.js'
import { withModelVersion } from '../../src/mda/model-version-edit.js'

const LABEL = 'deployment/model/metadata.json'

/** A 10.24-shaped document (test/fixtures/mendix/mx10.24), trimmed, as MxBuild prints it. */
function document(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RuntimeVersion: '10.24.8.80126',
    ProjectID: 'e8fa7c6b-bbfa-4f34-baec-208a18b8065c',
    ProjectName: 'Fixture',
    ModelVersion: 'unversioned',
    Description: '',
    AdminUser: 'MxAdmin',
    AdminRole: '8dd52bfa-6d7e-453b-b506-303c0a3d9567',
    JavaVersion: 21,
    Roles: {
      '8dd52bfa-6d7e-453b-b506-303c0a3d9567': {
        Name: 'Administrator',
        ManageableRoles: ['8dd52bfa-6d7e-453b-b506-303c0a3d9567']
      },
      '53f5d6fa-6da9-4a71-b011-454ec052cce8': { Name: 'User' }
    },
    Constants: [
      { Name: 'Core.Enabled', Type: 'Boolean', Description: 'On?\r\nYes.', DefaultValue: 'True' }
    ],
    ScheduledEvents: [{ Name: 'Core.Nightly', Description: '' }],
    Languages: ['en_US'],
    RequestHandlers: [{ Name: '/api/', DefaultEnabled: true, MatchExactly: false }],
    ...overrides
  }
}

const parse = (doc: unknown): ReturnType<typeof parseMetadata> =>
  parseMetadata(JSON.stringify(doc, null, 2), LABEL)

describe('metadata.json as MxBuild writes it', () => {
  it('reads the facts mxdeploy uses', () => {
    expect(parse(document())).toEqual({
      runtimeVersion: '10.24.8.80126',
      modelVersion: 'unversioned',
      projectId: 'e8fa7c6b-bbfa-4f34-baec-208a18b8065c',
      projectName: 'Fixture',
      constants: [
        { name: 'Core.Enabled', type: 'Boolean', description: 'On?\r\nYes.', defaultValue: 'True' }
      ],
      scheduledEvents: [{ name: 'Core.Nightly', description: '' }],
      roles: ['Administrator', 'User'],
      requestHandlers: ['/api/'],
      javaVersion: 21,
      warnings: []
    })
  })

  it.each([
    ['Roles as a list (older tools)', { Roles: [{ Name: 'Administrator' }] }, ['Administrator']],
    ['Roles as a string', { Roles: 'admin' }, []],
    ['Roles absent', { Roles: undefined }, []],
    ['a role without a name', { Roles: { a: { ManageableRoles: [] } } }, []]
  ])('tolerates %s: mxdeploy only shows roles', (_, override, roles) => {
    expect(parse(document(override)).roles).toEqual(roles)
  })

  it.each([
    ['RequestHandlers absent (Mendix 5.6)', { RequestHandlers: undefined }],
    ['RequestHandlers an object', { RequestHandlers: { '/api/': true } }],
    ['DataBrokerConfiguration of any shape', { DataBrokerConfiguration: [1, 'x', null] }],
    ['Configuration as a string', { Configuration: 'HSQLDB' }],
    ['JavaVersion as text', { JavaVersion: 'twenty-one' }],
    ['a key of a later Mendix', { SomethingNew: { deep: [{ x: 1 }] } }]
  ])('never fails on a key it does not use: %s', (_, override) => {
    expect(parse(document(override)).runtimeVersion).toBe('10.24.8.80126')
  })

  it.each(['5.6.0', '7.15.1', '10.24.8.80126'])('takes the runtime version %s', (version) => {
    expect(parse(document({ RuntimeVersion: version })).runtimeVersion).toBe(version)
  })

  it('takes a BOM and CRLF line endings', () => {
    const text = '\uFEFF' + JSON.stringify(document(), null, 2).replace(/\n/g, '\r\n')
    expect(parseMetadata(text, LABEL).projectName).toBe('Fixture')
  })

  it.each([
    ['Constants not a list', { Constants: { a: 1 } }, '"Constants" must be a list of objects'],
    [
      'a constant without a name',
      { Constants: [{ Type: 'String' }] },
      'Constants[0] has no "Name"'
    ],
    [
      'a constant listed twice',
      {
        Constants: [
          { Name: 'Core.A', Type: 'String', DefaultValue: '' },
          { Name: 'Core.A', Type: 'String', DefaultValue: '' }
        ]
      },
      'constant Core.A is listed twice'
    ],
    [
      'a scheduled event listed twice',
      { ScheduledEvents: [{ Name: 'Core.N' }, { Name: 'Core.N' }] },
      'scheduled event Core.N is listed twice'
    ],
    ['no RuntimeVersion', { RuntimeVersion: undefined }, 'has no valid "RuntimeVersion"'],
    ['a RuntimeVersion of two parts', { RuntimeVersion: '10.24' }, 'has no valid "RuntimeVersion"']
  ])('refuses %s, naming the file', (_, override, message) => {
    expect(() => parse(document(override))).toThrow(`${LABEL}`)
    expect(() => parse(document(override))).toThrow(message)
  })

  it('warns of a constant type it does not know, and passes the constant on', () => {
    const read = parse(
      document({ Constants: [{ Name: 'Core.When', Type: 'Duration', DefaultValue: 'PT1H' }] })
    )
    expect(read.constants[0]).toMatchObject({ name: 'Core.When', type: 'Duration' })
    expect(read.warnings).toEqual([
      'constant Core.When has type "Duration", which mxdeploy does not know; its value is passed on unchecked'
    ])
  })
})

describe('withModelVersion, as MxBuild --model-version', () => {
  it('changes only the value: CRLF, indentation, key order and the missing final newline stay', () => {
    const text = JSON.stringify(document(), null, 2).replace(/\n/g, '\r\n')
    const edited = withModelVersion(Buffer.from(text), '1.2.0.15').toString('utf8')
    expect(edited).toBe(text.replace('"ModelVersion": "unversioned"', '"ModelVersion": "1.2.0.15"'))
  })

  it('finds the top-level key, not a nested one of the same name', () => {
    const doc = {
      Configuration: { ModelVersion: 'x' },
      RuntimeVersion: '9.6.0.27784',
      ModelVersion: 'unversioned'
    }
    const edited = JSON.parse(
      withModelVersion(Buffer.from(JSON.stringify(doc, null, 2)), '2.0.0.1').toString()
    )
    expect(edited).toEqual({ ...doc, ModelVersion: '2.0.0.1' })
  })

  it("adds ModelVersion first when the file has none, in the file's own layout", () => {
    const text = '{\r\n  "RuntimeVersion": "5.6.0"\r\n}'
    expect(withModelVersion(Buffer.from(text), '1.0.0.0').toString()).toBe(
      '{\r\n  "ModelVersion": "1.0.0.0",\r\n  "RuntimeVersion": "5.6.0"\r\n}'
    )
  })

  it('keeps strings with braces, quotes and escapes intact', () => {
    const doc = {
      Description: 'a "{[}" \\ b',
      ModelVersion: 'unversioned',
      RuntimeVersion: '7.15.1'
    }
    const edited = withModelVersion(Buffer.from(JSON.stringify(doc)), '3.0.0.0').toString()
    expect(JSON.parse(edited)).toEqual({ ...doc, ModelVersion: '3.0.0.0' })
  })
})
