import { isDeepStrictEqual } from 'node:util'
import { parseDocument } from 'yaml'
import { OperationError } from '../../errors.js'
import type { EnvironmentSettings } from '../deployment-target.js'
import { toRuntimeSettings, type RuntimeSettings } from '../runtime-settings.js'

/** The release-independent path m2ee is given with `-c`, relative to app-base. */
export const FRAGMENT_LINK = '.mxdeploy/m2ee.yaml'
/** The fragment's name inside each release folder. */
export const FRAGMENT_FILE = 'm2ee.yaml'

/**
 * What mxdeploy writes for m2ee, in the runtime's names: the constants mxdeploy.yml sets and, when
 * it sets scheduled-events, the events. Constants it does not set are left to the team's
 * m2ee.yaml (where secrets stay on the server) and else to the model's default, as m2ee does.
 */
export type FragmentSettings = Pick<RuntimeSettings, 'MicroflowConstants'> &
  Partial<Omit<RuntimeSettings, 'MicroflowConstants'>>

/** The part of an environment's settings that mxdeploy.yml decides. */
export function fragmentSettings(
  settings: EnvironmentSettings,
  decided: { constants: readonly string[]; scheduledEvents: boolean }
): FragmentSettings {
  const runtime = toRuntimeSettings(settings)
  const constants = Object.fromEntries(
    decided.constants
      .filter((name) => name in runtime.MicroflowConstants)
      .map((name) => [name, runtime.MicroflowConstants[name]!])
  )
  if (!decided.scheduledEvents) return { MicroflowConstants: constants }
  return { ...runtime, MicroflowConstants: constants }
}

export interface FragmentHeader {
  app: string
  version: string
  environment: string
  /** The -c arguments m2ee needs, for the comment. */
  usage: string
}

/**
 * YAML text for one value: double-quoted as JSON writes it, which YAML reads as the same text, with
 * the characters JSON leaves raw but PyYAML refuses (C1 controls, U+FFFE/U+FFFF) or takes for line
 * breaks (NEL, U+2028, U+2029) escaped: m2ee would skip the whole file over one of them.
 */
const quoted = (text: string): string =>
  JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )

/**
 * mxdeploy's m2ee configuration file: only `mxruntime`, every constant quoted (so YAML makes
 * none of them a number, boolean or date), and `MyScheduledEvents` as one comma-separated text,
 * which replaces the team's value when m2ee merges the files (a list would be appended to the
 * team's list instead).
 */
export function renderFragment(settings: FragmentSettings, header: FragmentHeader): string {
  const lines = [
    `# Written by mxdeploy for ${header.app} ${header.version} (environment ${header.environment}).`,
    '# Do not edit: every deployment replaces it. Set constants and scheduled events in mxdeploy.yml.',
    `# m2ee reads it after the team's m2ee.yaml: ${header.usage}`,
    'mxruntime:',
    '  MicroflowConstants:'
  ]
  const names = Object.keys(settings.MicroflowConstants).sort()
  if (names.length === 0) lines[lines.length - 1] += ' {}'
  for (const name of names) {
    lines.push(`    ${quoted(name)}: ${quoted(settings.MicroflowConstants[name]!)}`)
  }
  if (settings.ScheduledEventExecution !== undefined) {
    lines.push(`  ScheduledEventExecution: ${settings.ScheduledEventExecution}`)
  }
  if (settings.MyScheduledEvents !== undefined) {
    lines.push(`  MyScheduledEvents: ${quoted(settings.MyScheduledEvents)}`)
  }
  const text = `${lines.join('\n')}\n`
  // m2ee skips a file it cannot read with only a warning, so what is written is read back first.
  const back = parseFragment(text, 'the m2ee settings mxdeploy wrote')
  if (!isDeepStrictEqual(back, settings)) {
    throw new OperationError('the m2ee settings file mxdeploy wrote does not read back as written')
  }
  return text
}

/** The settings in an m2ee fragment mxdeploy wrote; throws when it is not one. */
export function parseFragment(text: string, label: string): FragmentSettings {
  const doc = parseDocument(text, { version: '1.1' })
  if (doc.errors.length > 0) throw new OperationError(`${label}: ${doc.errors[0]!.message}`)
  const value = doc.toJS() as { mxruntime?: unknown } | null
  if (!isFragmentSettings(value?.mxruntime)) {
    throw new OperationError(`${label} is not an m2ee settings file mxdeploy wrote`)
  }
  return value.mxruntime
}

function isFragmentSettings(value: unknown): value is FragmentSettings {
  if (typeof value !== 'object' || value === null) return false
  const doc = value as Record<string, unknown>
  const constants = doc['MicroflowConstants']
  const execution = doc['ScheduledEventExecution']
  const events = doc['MyScheduledEvents']
  return (
    typeof constants === 'object' &&
    constants !== null &&
    !Array.isArray(constants) &&
    Object.values(constants).every((v) => typeof v === 'string') &&
    (execution === undefined || ['ALL', 'NONE', 'SPECIFIED'].includes(execution as string)) &&
    (events === undefined || (typeof events === 'string' && execution === 'SPECIFIED'))
  )
}
