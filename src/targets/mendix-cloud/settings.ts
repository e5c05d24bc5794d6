import { OperationError } from '../../errors.js'
import { modePath, v1Url, type ApiContext } from './api-context.js'

/** Deploy API v1 "Retrieve/Set Environment Settings". */
export interface V1Settings {
  Constants: {
    Name: string
    DataType?: string
    Value: string | null
    DeployedValue?: string | null
  }[]
  CustomSettings: unknown[]
  ScheduledEvents: { Name: string; DeployedValue?: string; Value: string }[]
}

/** The settings mxdeploy.yml gives an environment: only what it sets is pushed. */
export interface WantedSettings {
  /** Constants set in mxdeploy.yml; the others keep what the Portal has. */
  constants: Record<string, string>
  /** Every scheduled event on or off, or undefined to leave them as they are. */
  scheduledEvents: Record<string, boolean> | undefined
}

export interface SettingsPlan {
  /** The body to POST: what was read, with the wanted values in place. */
  body: V1Settings
  constants: string[]
  events: string[]
  /** Wanted names the environment does not have. */
  unknown: string[]
}

/** The environment's constants, custom settings and scheduled events. */
export async function readSettings(context: ApiContext, mode: string): Promise<V1Settings> {
  const settings = await context.http.json<V1Settings>({
    method: 'GET',
    url: v1Url(context, `${modePath(mode)}/settings`),
    what: `reading the settings of ${mode}`
  })
  return {
    Constants: settings?.Constants ?? [],
    CustomSettings: settings?.CustomSettings ?? [],
    ScheduledEvents: settings?.ScheduledEvents ?? []
  }
}

/**
 * The settings to write: the document as read (the API takes back what it gave), with the
 * wanted constant values and events put in. Lists the names whose value changes.
 */
export function planSettings(current: V1Settings, wanted: WantedSettings): SettingsPlan {
  const constants: string[] = []
  const events: string[] = []
  const body: V1Settings = {
    Constants: current.Constants.map((constant) => {
      const value = wanted.constants[constant.Name]
      if (value === undefined || value === constant.Value) return constant
      constants.push(constant.Name)
      return { ...constant, Value: value }
    }),
    CustomSettings: current.CustomSettings,
    ScheduledEvents: current.ScheduledEvents.map((event) => {
      const on = wanted.scheduledEvents?.[event.Name]
      if (on === undefined) return event
      const value = on ? 'Enabled' : 'Disabled'
      if (value === event.Value) return event
      events.push(event.Name)
      return { ...event, Value: value }
    })
  }
  const constantNames = new Set(current.Constants.map((c) => c.Name))
  const eventNames = new Set(current.ScheduledEvents.map((e) => e.Name))
  const unknown = [
    ...Object.keys(wanted.constants).filter((name) => !constantNames.has(name)),
    ...Object.keys(wanted.scheduledEvents ?? {}).filter((name) => !eventNames.has(name))
  ]
  return { body, constants, events, unknown }
}

/**
 * Puts the wanted constants and scheduled events on the environment; they apply at its next
 * start. Returns the names changed (never their values: constants may hold secrets).
 */
export async function pushSettings(
  context: ApiContext,
  mode: string,
  wanted: WantedSettings
): Promise<{ constants: string[]; events: string[] }> {
  const plan = planSettings(await readSettings(context, mode), wanted)
  if (plan.unknown.length > 0) {
    throw new OperationError(
      `${mode} has no ${plan.unknown.join(', ')} after the transport, though the package defines ${plan.unknown.length > 1 ? 'them' : 'it'}`
    )
  }
  if (plan.constants.length === 0 && plan.events.length === 0) {
    return { constants: [], events: [] }
  }
  await context.http.send({
    method: 'POST',
    url: v1Url(context, `${modePath(mode)}/settings`),
    json: plan.body,
    what: `setting ${[...plan.constants, ...plan.events].join(', ')} on ${mode}`,
    right: 'Transport Rights'
  })
  return { constants: plan.constants, events: plan.events }
}
