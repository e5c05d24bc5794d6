import type { EnvironmentSettings } from './deployment-target.js'

/**
 * The variable Mendix's buildpacks read a constant from: `MX_` and the constant's name with
 * every `.` as `_` (cf-mendix-buildpack `_get_constants`, which docker-mendix-buildpack runs).
 * The buildpack looks names up from the model's constants, so underscores in them stay.
 */
export function constantVariable(name: string): string {
  return `MX_${name.replace(/\./g, '_')}`
}

/**
 * SCHEDULED_EVENTS as the buildpacks read it: ALL, NONE, or the enabled events separated by
 * commas without spaces (the buildpack splits on `,` and does not trim).
 */
export function scheduledEventsValue(events: Record<string, boolean>): string {
  const names = Object.keys(events)
  const enabled = names.filter((name) => events[name])
  if (names.length > 0 && enabled.length === names.length) return 'ALL'
  return enabled.length === 0 ? 'NONE' : enabled.join(',')
}

/**
 * The settings in the Mendix buildpacks' conventions: `MX_<Module>_<Constant>` per constant,
 * `CONSTANTS` as JSON, `SCHEDULED_EVENTS` as ALL, NONE or a comma-separated list.
 */
export function settingsEnvironment(settings: EnvironmentSettings): Record<string, string> {
  const env: Record<string, string> = { CONSTANTS: JSON.stringify(settings.constants) }
  for (const [name, value] of Object.entries(settings.constants))
    env[constantVariable(name)] = value
  env['SCHEDULED_EVENTS'] = scheduledEventsValue(settings.scheduledEvents)
  return env
}

/**
 * The settings a buildpack would run with, from its variables, for the constants and events of
 * a package: a constant without its variable is left out; SCHEDULED_EVENTS unset means ALL, as
 * the buildpack takes it.
 */
export function settingsFromVariables(
  variables: Record<string, string>,
  constants: readonly string[],
  events: readonly string[]
): EnvironmentSettings {
  const values: Record<string, string> = {}
  for (const name of constants) {
    const value = variables[constantVariable(name)]
    if (value !== undefined) values[name] = value
  }
  const setting = variables['SCHEDULED_EVENTS'] ?? 'ALL'
  const listed = new Set(setting.split(','))
  const scheduledEvents = Object.fromEntries(
    events.map((name) => [
      name,
      setting === 'ALL' ? true : setting === 'NONE' ? false : listed.has(name)
    ])
  )
  return { constants: values, scheduledEvents }
}
