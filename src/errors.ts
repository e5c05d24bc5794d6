/**
 * A mistake in what the user gave us: flags, inputs, configuration, a bad file. The CLI
 * exits 2 on it and nothing has been changed.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/** An operation that could not be completed for reasons other than the user's input (exit 1). */
export class OperationError extends Error {
  override name = 'OperationError'
}

/** The message of anything thrown, including non-`Error` values. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return `unexpected error: ${JSON.stringify(error)}`
  } catch {
    return `unexpected error: ${String(error)}`
  }
}

/** Exit code for a thrown value: 2 for the user's mistakes, 1 for everything else. */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof ConfigurationError ? 2 : 1
}

/** Node's errno code of a file-system error, if there is one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}
