import { ConfigurationError } from '../../errors.js'
import { readInput } from './runner-commands.js'

/** An input's value, or undefined when it is empty or not given (never ''). */
export function getOptionalInput(name: string): string | undefined {
  const value = readInput(name)
  return value === '' ? undefined : value
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** A boolean input, strict as core.getBooleanInput (YAML 1.2 core schema), as a configuration error. */
export function getBooleanInput(name: string): boolean {
  const value = readInput(name)
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new ConfigurationError(`input ${name} is "${value}"; use true or false`)
}
