import type { EnvironmentSettings } from './deployment-target.js'

export type ScheduledEventExecution = 'ALL' | 'NONE' | 'SPECIFIED'

/**
 * An environment's settings under the names the Mendix runtime reads them by: the keys of
 * m2ee-tools' `mxruntime` section, which m2ee sends to the runtime's `update_configuration`.
 */
export interface RuntimeSettings {
  /** Every constant of the package, by qualified name, as text. */
  MicroflowConstants: Record<string, string>
  ScheduledEventExecution: ScheduledEventExecution
  /**
   * The events that run under SPECIFIED, comma-separated without spaces (the form m2ee sends to
   * the runtime); absent under ALL and NONE.
   */
  MyScheduledEvents?: string
}

/**
 * The runtime's names for the settings: ALL when every event of the package runs, NONE when none
 * does (or it has none), else SPECIFIED with the ones that run.
 */
export function toRuntimeSettings(settings: EnvironmentSettings): RuntimeSettings {
  const events = Object.entries(settings.scheduledEvents)
  const enabled = events.filter(([, on]) => on).map(([name]) => name)
  const constants = { ...settings.constants }
  if (events.length > 0 && enabled.length === events.length)
    return { MicroflowConstants: constants, ScheduledEventExecution: 'ALL' }
  if (enabled.length === 0)
    return { MicroflowConstants: constants, ScheduledEventExecution: 'NONE' }
  return {
    MicroflowConstants: constants,
    ScheduledEventExecution: 'SPECIFIED',
    MyScheduledEvents: enabled.join(',')
  }
}

/**
 * The settings back from the runtime's names, with `events` the package's scheduled events (from
 * its metadata.json): ALL and NONE only mean something against that list.
 */
export function fromRuntimeSettings(
  runtime: RuntimeSettings,
  events: readonly string[]
): EnvironmentSettings {
  const specified = new Set(
    (runtime.MyScheduledEvents ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  )
  const on = (name: string): boolean =>
    runtime.ScheduledEventExecution === 'ALL' ||
    (runtime.ScheduledEventExecution === 'SPECIFIED' && specified.has(name))
  return {
    constants: { ...runtime.MicroflowConstants },
    scheduledEvents: Object.fromEntries(events.map((name) => [name, on(name)]))
  }
}

/** Whether a parsed document has the runtime's names (rather than some other shape). */
export function isRuntimeSettings(value: unknown): value is RuntimeSettings {
  if (typeof value !== 'object' || value === null) return false
  const doc = value as Record<string, unknown>
  const constants = doc['MicroflowConstants']
  return (
    typeof constants === 'object' &&
    constants !== null &&
    !Array.isArray(constants) &&
    Object.values(constants).every((v) => typeof v === 'string') &&
    ['ALL', 'NONE', 'SPECIFIED'].includes(doc['ScheduledEventExecution'] as string) &&
    (doc['MyScheduledEvents'] === undefined || typeof doc['MyScheduledEvents'] === 'string')
  )
}
