/** A stream text goes to, as Node's process.stdout and process.stderr describe themselves. */
export interface OutputStream {
  /** Text, or UTF-8 bytes that end with a whole character (a JSON document's pieces). */
  write(text: string | Uint8Array): unknown
  /** True only for a terminal; a pipe, a file or a test's capture has none. */
  isTTY?: boolean
  /** Width of the terminal in characters. */
  columns?: number
}

/**
 * Whether colours and cursor control may go to a stream: a terminal, and the reader has not asked
 * for plain text (NO_COLOR set and not empty, see no-color.org; TERM=dumb).
 */
export function controlSequencesAllowed(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  if (stream.isTTY !== true) return false
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  return env['TERM'] !== 'dumb'
}
