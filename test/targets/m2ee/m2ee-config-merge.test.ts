import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { renderFragment } from '../../../src/targets/m2ee/fragment.js'
import { toRuntimeSettings } from '../../../src/targets/runtime-settings.js'
import {
  loadM2eeConfig,
  mergeConfig,
  MergeClash,
  runtimeConfiguration
} from '../../support/m2ee/m2ee-config.js'

// Contract test: the merge rules m2ee-tools applies to its -c files (as the research note
// recorded them by running m2ee's own loader), through this suite's reproduction of them, and
// what they make of the file mxdeploy writes next to a team's m2ee.yaml.

const TEAM = readFileSync(new URL('./fixtures/m2ee.yaml', import.meta.url), 'utf8')
  .replaceAll('@APP_BASE@', '/srv/cloud/hello')
  .replaceAll('@ADMIN_PORT@', '9000')

/** Loads `m2ee -c team.yaml -c mxdeploy.yaml` from texts. */
function load(files: Record<string, string>) {
  return loadM2eeConfig(Object.keys(files), (file) => {
    if (!(file in files)) throw new Error(`[Errno 2] No such file or directory: '${file}'`)
    return files[file]!
  })
}

const runtimeOf = (files: Record<string, string>) =>
  load(files).config['mxruntime'] as Record<string, unknown>

const header = { app: 'hello', version: '1.2.0.3', environment: 'production', usage: 'm2ee -c …' }

/** The model's constants with their defaults, as in examples/hello's metadata.json. */
const MODEL = {
  'Hello.GreetingText': 'Hello from Mendix',
  'Hello.ApiUrl': 'http://localhost:8090/api',
  'Hello.MaxRetries': '3'
}

function fragmentFor(events: Record<string, boolean>, constants = { ...MODEL }): string {
  return renderFragment(toRuntimeSettings({ constants, scheduledEvents: events }), header)
}

describe("m2ee's merge of several -c files (reproduction, rows of the verified table)", () => {
  const table: [string, unknown, unknown, unknown][] = [
    [
      'constants merge per key',
      { MicroflowConstants: { 'Shop.ApiUrl': 'team', 'Old.Gone': 'x' } },
      { MicroflowConstants: { 'Shop.ApiUrl': 'mxdeploy' } },
      { MicroflowConstants: { 'Shop.ApiUrl': 'mxdeploy', 'Old.Gone': 'x' } }
    ],
    [
      'a later scalar replaces',
      { ScheduledEventExecution: 'ALL' },
      { ScheduledEventExecution: 'SPECIFIED' },
      { ScheduledEventExecution: 'SPECIFIED' }
    ],
    [
      'lists concatenate',
      { MyScheduledEvents: ['Team.Event'] },
      { MyScheduledEvents: ['Shop.Nightly'] },
      { MyScheduledEvents: ['Team.Event', 'Shop.Nightly'] }
    ],
    [
      'a text replaces a list',
      { MyScheduledEvents: ['A.x'] },
      { MyScheduledEvents: 'B.y,C.z' },
      { MyScheduledEvents: 'B.y,C.z' }
    ],
    [
      'an empty list cannot clear one',
      { MyScheduledEvents: ['A.x'] },
      { MyScheduledEvents: [] },
      { MyScheduledEvents: ['A.x'] }
    ],
    [
      'null replaces',
      { MyScheduledEvents: ['A.x'] },
      { MyScheduledEvents: null },
      { MyScheduledEvents: null }
    ],
    [
      'a mapping fills a null',
      { MicroflowConstants: null },
      { MicroflowConstants: { 'M.C': '1' } },
      { MicroflowConstants: { 'M.C': '1' } }
    ]
  ]
  test.each(table)('%s', (_, team, ours, merged) => {
    expect(mergeConfig({ mxruntime: team }, { mxruntime: ours })).toEqual({ mxruntime: merged })
  })

  test('a list over a text, or a mapping over a text, cannot merge: the later file is skipped', () => {
    expect(() =>
      mergeConfig(
        { mxruntime: { MyScheduledEvents: 'A.x' } },
        { mxruntime: { MyScheduledEvents: ['B.y'] } }
      )
    ).toThrow(MergeClash)
    expect(() => mergeConfig({ mxruntime: 'x' }, { mxruntime: { A: '1' } })).toThrow(MergeClash)
    const loaded = load({
      'team.yaml': 'mxruntime:\n MyScheduledEvents: A.x\n',
      'mxdeploy.yaml': 'mxruntime:\n MyScheduledEvents: [B.y]\n DatabaseName: other\n'
    })
    expect(loaded.config).toEqual({ mxruntime: { MyScheduledEvents: 'A.x' } })
    expect(loaded.warnings).toEqual([
      expect.stringMatching(/^Error reading configuration file mxdeploy\.yaml: .*, ignoring\.\.\.$/)
    ])
    expect(loaded.read).toEqual(['team.yaml'])
  })

  test('a missing, broken or non-mapping file is skipped and the others count', () => {
    for (const bad of [undefined, 'mxruntime: [unclosed\n', '- a\n- b\n']) {
      const files: Record<string, string> = { 'team.yaml': 'mxruntime:\n DatabaseName: hello\n' }
      if (bad !== undefined) files['mxdeploy.yaml'] = bad
      const loaded = loadM2eeConfig(['team.yaml', 'mxdeploy.yaml'], (file) => {
        if (!(file in files)) throw new Error('No such file or directory')
        return files[file]!
      })
      expect(loaded.config).toEqual({ mxruntime: { DatabaseName: 'hello' } })
      expect(loaded.warnings).toHaveLength(1)
    }
  })

  test('includes come after every -c file and win over both', () => {
    const files: Record<string, string> = {
      'team.yaml': 'include: [extra.yaml]\nmxruntime:\n ScheduledEventExecution: ALL\n',
      'mxdeploy.yaml': 'mxruntime:\n ScheduledEventExecution: NONE\n',
      'extra.yaml': 'mxruntime:\n ScheduledEventExecution: SPECIFIED\n'
    }
    const loaded = loadM2eeConfig(['team.yaml', 'mxdeploy.yaml'], (file) => files[file]!)
    expect(loaded.read).toEqual(['team.yaml', 'mxdeploy.yaml', 'extra.yaml'])
    expect((loaded.config['mxruntime'] as Record<string, unknown>)['ScheduledEventExecution']).toBe(
      'SPECIFIED'
    )
  })
})

describe("mxdeploy's file beside the team's m2ee.yaml", () => {
  test('SPECIFIED events and every constant reach the runtime as mxdeploy.yml says', () => {
    const ours = fragmentFor(
      { 'Hello.CleanupOldGreetings': false, 'Hello.SyncCustomers': true },
      { ...MODEL, 'Hello.ApiUrl': 'https://api.example.com' }
    )
    const loaded = load({ 'team.yaml': TEAM, 'mxdeploy.yaml': ours })
    expect(loaded.warnings).toEqual([])
    const runtime = runtimeConfiguration(loaded.config, MODEL)
    expect(runtime['MicroflowConstants']).toEqual({
      ...MODEL,
      'Hello.ApiUrl': 'https://api.example.com'
    })
    expect(runtime['ScheduledEventExecution']).toBe('SPECIFIED')
    // The team's list is replaced, not appended to: only the event mxdeploy.yml turns on runs.
    expect(runtime['MyScheduledEvents']).toBe('Hello.SyncCustomers')
    // The team's other settings stay.
    expect(runtime['DatabasePassword']).toBe('hello-db-password')
    // A constant the model lacks stays in the merged file but is not sent (m2ee: "obsolete").
    expect(
      (loaded.config['mxruntime'] as Record<string, Record<string, unknown>>)[
        'MicroflowConstants'
      ]!['Legacy.RemovedSetting']
    ).toBe('still here')
    expect(runtime['MicroflowConstants']).not.toHaveProperty('Legacy.RemovedSetting')
  })

  test('ALL and NONE replace the team setting; its leftover list is not what decides', () => {
    for (const [on, execution] of [
      [true, 'ALL'],
      [false, 'NONE']
    ] as const) {
      const ours = fragmentFor({ 'Hello.CleanupOldGreetings': on, 'Hello.SyncCustomers': on })
      expect(ours).not.toContain('MyScheduledEvents')
      const runtime = runtimeOf({ 'team.yaml': TEAM, 'mxdeploy.yaml': ours })
      expect(runtime['ScheduledEventExecution']).toBe(execution)
    }
  })

  test('as a list, the events would be appended to the team list: why mxdeploy writes text', () => {
    const asList = fragmentFor({
      'Hello.CleanupOldGreetings': false,
      'Hello.SyncCustomers': true
    }).replace(/MyScheduledEvents: "(.*)"/, 'MyScheduledEvents:\n    - $1')
    const runtime = runtimeConfiguration(
      load({ 'team.yaml': TEAM, 'mxdeploy.yaml': asList }).config,
      MODEL
    )
    expect(runtime['MyScheduledEvents']).toBe('Hello.CleanupOldGreetings,Hello.SyncCustomers')
  })

  test('read before the team file, mxdeploy breaks it: the -c order matters', () => {
    const ours = fragmentFor({ 'Hello.CleanupOldGreetings': false, 'Hello.SyncCustomers': true })
    const loaded = loadM2eeConfig(['mxdeploy.yaml', 'team.yaml'], (f) =>
      f === 'team.yaml' ? TEAM : ours
    )
    // The team's list cannot be appended to mxdeploy's text: m2ee skips the team's whole file,
    // database settings included.
    expect(loaded.read).toEqual(['mxdeploy.yaml'])
    expect(loaded.warnings).toEqual([
      expect.stringMatching(/^Error reading configuration file team\.yaml: /)
    ])
    expect(loaded.config['mxruntime']).not.toHaveProperty('DatabasePassword')
  })

  test('a file with no constant and no event of its own leaves the team settings whole', () => {
    const ours = renderFragment({ MicroflowConstants: {} }, header)
    expect(ours).toContain('MicroflowConstants: {}')
    const alone = runtimeOf({ 'team.yaml': TEAM })
    expect(runtimeOf({ 'team.yaml': TEAM, 'mxdeploy.yaml': ours })).toEqual(alone)
    // An empty mxruntime: would be null, and null replaces: the team's database settings would go.
    expect(runtimeOf({ 'team.yaml': TEAM, 'mxdeploy.yaml': 'mxruntime:\n' })).toBeNull()
  })

  test('every constant value comes back as the same text, whatever YAML would make of it', () => {
    const tricky = {
      'M.Date': '2024-01-01',
      'M.Yes': 'yes',
      'M.Octal': '010',
      'M.Null': '~',
      'M.Empty': '',
      'M.Colon': 'a: b # not a comment',
      'M.Quote': `it's "quoted" \\ back`,
      'M.Lines': 'one\ntwo\r\n',
      'M.Unicode': 'Grüße 🌍',
      'M.Breaks': 'nel\u0085ls\u2028ps\u2029del\u007f',
      'M.Float': '1e3'
    }
    const ours = renderFragment(
      toRuntimeSettings({ constants: tricky, scheduledEvents: {} }),
      header
    )
    const runtime = runtimeOf({ 'mxdeploy.yaml': ours })
    expect(runtime['MicroflowConstants']).toEqual(tricky)
    expect(ours).not.toMatch(/[\u0085\u2028\u2029\u007f]/)
  })
})
