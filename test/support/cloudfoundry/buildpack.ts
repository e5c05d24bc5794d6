import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { FakeApp, ModelFacts } from './model.js'

const run = promisify(execFile)

/**
 * What the stand-in plays of cf-mendix-buildpack (github mendix/cf-mendix-buildpack at v5.0.31):
 * detection (bin/detect), the staging preflight's database check (buildpack/stage.py), and how
 * the runtime's constants and scheduled events come out of the environment at start
 * (buildpack/core/runtime.py `_get_constants`, `_get_scheduled_events`). Our own code, following
 * those rules; the bits are read with Info-ZIP's unzip, as the Cloud Controller reads packages.
 */

export interface Bits {
  entries: string[]
  uncompressed: number
  model: ModelFacts | undefined
}

/** The entries, uncompressed size and model/metadata.json of an uploaded zip; throws on a bad zip. */
export async function readBits(path: string): Promise<Bits> {
  const list = await run('unzip', ['-Z1', path], { maxBuffer: 64 << 20 })
  const entries = list.stdout.split('\n').filter(Boolean)
  const totals = await run('unzip', ['-Zt', path])
  const uncompressed = Number(/([\d]+) bytes uncompressed/.exec(totals.stdout)?.[1] ?? NaN)
  let model: ModelFacts | undefined
  if (entries.includes('model/metadata.json')) {
    const text = (await run('unzip', ['-p', path, 'model/metadata.json'], { maxBuffer: 64 << 20 }))
      .stdout
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      RuntimeVersion: string
      ModelVersion: string
      Constants?: { Name: string; Type: string; DefaultValue: string }[]
      ScheduledEvents?: { Name: string }[]
    }
    model = {
      runtimeVersion: raw.RuntimeVersion,
      modelVersion: raw.ModelVersion,
      constants: (raw.Constants ?? []).map((c) => ({
        name: c.Name,
        type: c.Type,
        defaultValue: c.DefaultValue
      })),
      scheduledEvents: (raw.ScheduledEvents ?? []).map((e) => e.Name)
    }
  }
  return { entries, uncompressed, model }
}

/** bin/detect: an MDA has model/, web/ and model/metadata.json. */
export function detects(entries: string[]): boolean {
  return (
    entries.includes('model/metadata.json') &&
    entries.some((e) => e.startsWith('web/')) &&
    entries.some((e) => e.startsWith('model/'))
  )
}

export type StagingOutcome =
  { staged: true; lines: string[] } | { staged: false; error: string; lines: string[] }

/** Staging with the buildpack: detection, then the preflight's database check. */
export function stageWithBuildpack(app: FakeApp, bits: Bits): StagingOutcome {
  const lines = [
    '-----> Buildpack version v5.0.31',
    'Mendix Cloud Foundry Buildpack v5.0.31 [cflinuxfs4]'
  ]
  if (!detects(bits.entries) || !bits.model) {
    return {
      staged: false,
      error: 'NoAppDetectedError - An app was not successfully detected by any available buildpack',
      lines: ['None of the buildpacks detected a compatible application']
    }
  }
  if (!app.databaseBound && !app.env['DATABASE_URL']) {
    return {
      staged: false,
      error: 'BuildpackCompileFailed - App staging failed in the buildpack compile phase',
      lines: [
        ...lines,
        'ERROR: You should provide a DATABASE_URL by adding a database service to this application, it can be either MySQL or Postgres If this is the first push of a new app, set up a database service and push again afterwards: No database binding or DATABASE_URL found',
        'Traceback (most recent call last):',
        '  File "/tmp/buildpacks/0f5c8e/buildpack/stage.py", line 214, in <module>',
        'ValueError: Missing database configuration',
        'Failed to compile droplet: Failed to run all supply scripts: exit status 1'
      ]
    }
  }
  return {
    staged: true,
    lines: [
      ...lines,
      `Preflight check on Mendix version [${bits.model.runtimeVersion}] and stack [cflinuxfs4]...`,
      'Preflight check completed',
      'Exit status 0',
      'Uploading droplet...'
    ]
  }
}

/** What the Mendix runtime is started with, or why the start fails. */
export type RuntimeOutcome =
  | {
      started: true
      constants: Record<string, string | number>
      scheduledEventExecution: 'ALL' | 'NONE' | 'SPECIFIED'
      myScheduledEvents: string[] | undefined
      warnings: string[]
    }
  | { started: false; exitDescription: string; lines: string[] }

/** Python's int(): optional blanks and sign, digits with single underscores between them. */
const PYTHON_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/

/** runtime.py `_get_constants` and `_get_scheduled_events`, on the instance's environment. */
export function startRuntime(env: Record<string, string>, model: ModelFacts): RuntimeOutcome {
  let fromJson: Record<string, string> = {}
  if (env['CONSTANTS'] !== undefined) {
    try {
      fromJson = JSON.parse(env['CONSTANTS']) as Record<string, string>
    } catch {
      return {
        started: false,
        exitDescription: 'APP/PROC/WEB: Exited with status 1',
        lines: [
          'Failed to parse model constant values due to invalid JSON, terminating application...'
        ]
      }
    }
  }
  const constants: Record<string, string | number> = {}
  for (const constant of model.constants) {
    const variable = `MX_${constant.name.replace(/\./g, '_')}`
    const value = env[variable] ?? fromJson[constant.name] ?? constant.defaultValue
    if (constant.type === 'Integer') {
      if (!PYTHON_INT.test(value)) {
        return {
          started: false,
          exitDescription: 'APP/PROC/WEB: Exited with status 1',
          lines: [
            'Traceback (most recent call last):',
            '  File "/home/vcap/app/buildpack/core/runtime.py", line 283, in _get_constants',
            `ValueError: invalid literal for int() with base 10: '${value}'`
          ]
        }
      }
      constants[constant.name] = Number(value.replace(/_/g, ''))
    } else {
      constants[constant.name] = value
    }
  }
  const warnings: string[] = []
  const events = env['SCHEDULED_EVENTS']
  if (events === undefined || events === 'ALL') {
    return {
      started: true,
      constants,
      scheduledEventExecution: 'ALL',
      myScheduledEvents: undefined,
      warnings
    }
  }
  if (events === 'NONE') {
    return {
      started: true,
      constants,
      scheduledEventExecution: 'NONE',
      myScheduledEvents: undefined,
      warnings
    }
  }
  const specified: string[] = []
  for (const name of events.split(',')) {
    if (model.scheduledEvents.includes(name)) specified.push(name)
    else warnings.push(`Scheduled event defined but not detected in model: [${name}]`)
  }
  return {
    started: true,
    constants,
    scheduledEventExecution: 'SPECIFIED',
    myScheduledEvents: specified,
    warnings
  }
}
