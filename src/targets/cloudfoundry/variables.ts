import { ConfigurationError } from '../../errors.js'
import type { EnvironmentSettings } from '../deployment-target.js'

/** The variable the Mendix buildpack reads a constant from: every dot becomes an underscore. */
export function constantVariable(name: string): string {
  return `MX_${name.replace(/\./g, '_')}`
}

export const SCHEDULED_EVENTS = 'SCHEDULED_EVENTS'

/**
 * `SCHEDULED_EVENTS` as the buildpack reads it: `ALL`, `NONE`, or the names joined by commas with
 * no spaces (it splits on "," and trims nothing, so "A.B, C.D" would drop " C.D").
 */
export function scheduledEventsValue(events: Record<string, boolean>): string {
  const names = Object.keys(events)
  const on = names.filter((name) => events[name])
  const odd = names.find((name) => !/^[^\s,]+$/.test(name))
  if (odd !== undefined) {
    throw new ConfigurationError(
      `scheduled event ${JSON.stringify(odd)} cannot be named in SCHEDULED_EVENTS, which the Mendix buildpack splits at commas`
    )
  }
  if (names.length > 0 && on.length === names.length) return 'ALL'
  return on.length === 0 ? 'NONE' : on.join(',')
}

/**
 * Runtime settings the buildpack merges *after* MX_ and SCHEDULED_EVENTS, appending strings and
 * merging maps: `MXRUNTIME_ScheduledEventExecution=NONE` beside SCHEDULED_EVENTS=ALL gives the
 * runtime "ALLNONE", and a MicroflowConstants map overrides the MX_ values.
 */
const CONFLICTING_KEYS = ['MicroflowConstants', 'ScheduledEventExecution', 'MyScheduledEvents']

export interface VariablesInput {
  /** The Cloud Foundry app's name, for the cf commands in messages. */
  app: string
  /** The mxdeploy environment's name. */
  environment: string
  settings: EnvironmentSettings
  /** The constants mxdeploy.yml sets for the environment. */
  configured: Record<string, string>
  /** Whether mxdeploy.yml sets scheduled-events for the environment. */
  eventsConfigured: boolean
  /** The app's environment variables now. */
  current: Record<string, string>
  /** The variables mxdeploy set before (the app's annotation). */
  owned: string[]
}

export interface VariablesPlan {
  /** The PATCH of the app's variables: a value sets, null deletes; empty when nothing changes. */
  patch: Record<string, string | null>
  /** The variables mxdeploy has set once the patch is applied. */
  owned: string[]
  notes: string[]
  warnings: string[]
}

function conflicts(input: VariablesInput): string[] {
  const found: string[] = []
  for (const key of CONFLICTING_KEYS) {
    if (`MXRUNTIME_${key}` in input.current) found.push(`MXRUNTIME_${key}`)
  }
  const custom = input.current['CUSTOM_RUNTIME_SETTINGS']
  if (custom !== undefined) {
    try {
      const parsed = JSON.parse(custom) as unknown
      if (typeof parsed === 'object' && parsed !== null) {
        const keys = CONFLICTING_KEYS.filter((key) => key in parsed)
        if (keys.length > 0) found.push(`CUSTOM_RUNTIME_SETTINGS (${keys.join(', ')})`)
      }
    } catch {
      // Not JSON: the buildpack fails on it at start with its own message; nothing of ours.
    }
  }
  return found
}

/** Constants that share one variable must share one value, or the buildpack gives both either. */
function checkCollisions(input: VariablesInput): void {
  const groups = new Map<string, string[]>()
  for (const name of Object.keys(input.settings.constants)) {
    const variable = constantVariable(name)
    groups.set(variable, [...(groups.get(variable) ?? []), name])
  }
  const problems: string[] = []
  for (const [variable, names] of groups) {
    if (names.length < 2 || !names.some((name) => name in input.configured)) continue
    const values = new Set(names.map((name) => input.settings.constants[name]))
    if (values.size > 1) {
      problems.push(
        `${names.join(' and ')} are both read from ${variable} by the Mendix buildpack, so they cannot have different values on Cloud Foundry: rename one of them in Studio Pro, or give them the same value in mxdeploy.yml`
      )
    }
  }
  if (problems.length > 0) {
    throw new ConfigurationError(
      `the package does not fit environment ${input.environment}:\n${problems.map((p) => `  - ${p}`).join('\n')}`
    )
  }
}

/**
 * The variables a deployment sets, following the buildpack's rules (cf-mendix-buildpack,
 * buildpack/core/runtime.py): `MX_<Module>_<Constant>` for each constant mxdeploy.yml sets,
 * and `SCHEDULED_EVENTS`. mxdeploy owns what it set (recorded on the app) and removes those it
 * no longer sets (a constant taken out of mxdeploy.yml or out of the package), so the default
 * applies again. Variables someone else set are never touched: an `MX_` variable of a constant
 * mxdeploy.yml does not set keeps its value (the place for secrets), one the package has no
 * constant for is reported. `SCHEDULED_EVENTS` is always written unless someone else set it and
 * mxdeploy.yml sets no scheduled events: the buildpack's default is ALL, the settings' is none.
 * Never written: `CONSTANTS`, `MXRUNTIME_*`, `CUSTOM_RUNTIME_SETTINGS`; refused: those of them
 * that would override or garble what mxdeploy sets.
 */
export function planVariables(input: VariablesInput): VariablesPlan {
  const found = conflicts(input)
  if (found.length > 0) {
    throw new ConfigurationError(
      `app ${input.app} has ${found.join(', ')}, which the Mendix buildpack applies after the constants and scheduled events mxdeploy sets, overriding or garbling them: remove ${found.length > 1 ? 'them' : 'it'} (cf unset-env ${input.app} <name>) and set constants and scheduled-events in mxdeploy.yml`
    )
  }
  checkCollisions(input)
  const owned = new Set(input.owned)
  const notes: string[] = []
  const warnings: string[] = []
  const wanted = new Map<string, string>()
  for (const name of Object.keys(input.configured)) {
    const value = input.settings.constants[name]
    if (value !== undefined) wanted.set(constantVariable(name), value)
  }
  const events = input.current[SCHEDULED_EVENTS]
  if (input.eventsConfigured || events === undefined || owned.has(SCHEDULED_EVENTS)) {
    wanted.set(SCHEDULED_EVENTS, scheduledEventsValue(input.settings.scheduledEvents))
  } else {
    warnings.push(
      `${SCHEDULED_EVENTS}=${events} was set on app ${input.app} outside mxdeploy and stays, because mxdeploy.yml sets no scheduled-events for ${input.environment}`
    )
  }
  const patch: Record<string, string | null> = {}
  for (const [variable, value] of wanted) {
    const before = input.current[variable]
    if (before === value) continue
    patch[variable] = value
    if (before !== undefined && !owned.has(variable)) {
      notes.push(
        `${variable} was set on app ${input.app} outside mxdeploy; mxdeploy.yml's value replaces it`
      )
    }
  }
  for (const variable of owned) {
    if (!wanted.has(variable) && variable in input.current) patch[variable] = null
  }
  const variables = new Map(
    Object.keys(input.settings.constants).map((name) => [constantVariable(name), name])
  )
  for (const variable of Object.keys(input.current)) {
    if (!variable.startsWith('MX_') || owned.has(variable) || wanted.has(variable)) continue
    const constant = variables.get(variable)
    if (constant) {
      notes.push(
        `${variable}, set on app ${input.app} outside mxdeploy, gives ${constant} its value (mxdeploy.yml does not set it)`
      )
    } else {
      warnings.push(
        `${variable} is set on app ${input.app}, but the package has no constant it gives a value to (the buildpack ignores it): remove it with cf unset-env ${input.app} ${variable}`
      )
    }
  }
  return { patch, owned: [...wanted.keys()].sort(), notes, warnings }
}
