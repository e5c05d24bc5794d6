import * as core from '@actions/core'
import { ConfigurationError } from '../../errors.js'

/** An input's value, or undefined when it is empty or not given (never ''). */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/** A boolean input, strict as core.getBooleanInput, but failing as a configuration error. */
export function getBooleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new ConfigurationError(`input ${name} is "${core.getInput(name)}"; use true or false`)
  }
}
