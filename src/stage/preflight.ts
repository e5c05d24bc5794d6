import type { EnvironmentConfig } from '../config/types.js'
import { ConfigurationError } from '../errors.js'
import type { ModelMetadata } from '../mda/metadata.js'
import type { EnvironmentSettings } from '../targets/deployment-target.js'
import { constantValueProblem } from './constant-types.js'

export interface ConstantChange {
  name: string
  /** Undefined when the environment did not have the constant. */
  before: string | undefined
  /** Undefined when the package no longer has it. */
  after: string | undefined
}

export interface PreflightResult {
  settings: EnvironmentSettings
  warnings: string[]
  /** Constants whose value differs from what the environment runs now. */
  changes: ConstantChange[]
  /** Constants new in this package that take their default value. */
  defaulted: string[]
}

/** What the environment runs now, for the comparison. */
export interface PreviousSettings {
  constants: Record<string, string> | undefined
}

function suggestion(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase()
  const close =
    known.find((k) => k.toLowerCase() === lower) ??
    known.find((k) => distance(k.toLowerCase(), lower) <= 2)
  return close ? ` (did you mean ${close}?)` : ''
}

/** Levenshtein distance, for "did you mean" hints on typos. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    row = next
  }
  return row[b.length]!
}

function scheduledEvents(
  environment: EnvironmentConfig,
  metadata: ModelMetadata
): Record<string, boolean> {
  const configured = environment.scheduledEvents
  return Object.fromEntries(
    metadata.scheduledEvents.map((event) => {
      if (configured === 'all') return [event.name, true]
      if (configured === 'none' || configured === undefined) return [event.name, false]
      return [event.name, configured[event.name] ?? false]
    })
  )
}

/**
 * Checks an environment's configuration against a package's metadata.json before anything is
 * deployed: a constant or scheduled event the package doesn't have is a typo (error); a constant
 * new in this package takes its default with a warning, or is refused with `new-constants:
 * require`; values must fit their types. Returns the full settings and the diff against now.
 */
export function preflight(
  environment: EnvironmentConfig,
  metadata: ModelMetadata,
  previous: PreviousSettings,
  where: string
): PreflightResult {
  const problems: string[] = []
  const warnings: string[] = []
  const names = metadata.constants.map((c) => c.name)
  for (const [name, value] of Object.entries(environment.constants)) {
    const constant = metadata.constants.find((c) => c.name === name)
    if (!constant) {
      problems.push(
        `constant ${name} is set for ${environment.name}, but the package has no such constant${suggestion(name, names)}`
      )
      continue
    }
    const wrong = constantValueProblem(constant.type, value, metadata.runtimeVersion)
    if (wrong)
      problems.push(
        `constant ${name} is ${JSON.stringify(value)} for ${environment.name}; ${/^[AEIOU]/.test(constant.type) ? 'an' : 'a'} ${constant.type} constant ${wrong}`
      )
  }
  if (typeof environment.scheduledEvents === 'object') {
    const events = metadata.scheduledEvents.map((e) => e.name)
    for (const name of Object.keys(environment.scheduledEvents)) {
      if (!events.includes(name)) {
        problems.push(
          `scheduled event ${name} is set for ${environment.name}, but the package has no such event${suggestion(name, events)}`
        )
      }
    }
  }
  const defaulted: string[] = []
  for (const constant of metadata.constants) {
    if (isSet(environment, constant.name)) continue
    const isNew = previous.constants !== undefined && !(constant.name in previous.constants)
    if (!isNew) continue
    if (environment.newConstants === 'require') {
      problems.push(
        `constant ${constant.name} is new in this package and ${environment.name} requires a value for new constants (new-constants: require): set environments.${environment.name}.constants.${constant.name}`
      )
    } else {
      defaulted.push(constant.name)
      warnings.push(
        `constant ${constant.name} is new in this package; ${environment.name} uses its default value (set environments.${environment.name}.constants.${constant.name} to choose one)`
      )
    }
  }
  if (problems.length > 0) {
    throw new ConfigurationError(
      `${where}: the package does not fit environment ${environment.name}:\n${problems.map((p) => `  - ${p}`).join('\n')}`
    )
  }
  const constants = Object.fromEntries(
    metadata.constants.map((c) => [c.name, environment.constants[c.name] ?? c.defaultValue])
  )
  const changes: ConstantChange[] = []
  if (previous.constants) {
    for (const name of new Set([...Object.keys(previous.constants), ...Object.keys(constants)])) {
      const before = previous.constants[name]
      const after = constants[name]
      if (before !== after) changes.push({ name, before, after })
    }
  }
  return {
    settings: { constants, scheduledEvents: scheduledEvents(environment, metadata) },
    warnings,
    changes,
    defaulted
  }
}

function isSet(environment: EnvironmentConfig, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(environment.constants, name)
}
