/**
 * The runner's file commands: GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV hold `name=value`
 * lines or `name<<DELIMITER` heredocs; GITHUB_PATH holds one directory a line. Parsed as the
 * runner parses them (SetOutputFileCommand and friends in actions/runner), errors included.
 */

/** A file command the runner would reject, which fails the step on a real runner. */
export class FileCommandError extends Error {
  override name = 'FileCommandError'
}

interface Cursor {
  text: string
  index: number
}

// Reads up to the next `\n` or `\r\n`; also says which newline ended the line (none at EOF).
function readLine(cursor: Cursor): { line: string; newline: string | undefined } | undefined {
  if (cursor.index >= cursor.text.length) return undefined
  const lf = cursor.text.indexOf('\n', cursor.index)
  if (lf < 0) {
    const line = cursor.text.slice(cursor.index)
    cursor.index = cursor.text.length
    return { line, newline: undefined }
  }
  const crlf = lf > cursor.index && cursor.text[lf - 1] === '\r'
  const line = cursor.text.slice(cursor.index, crlf ? lf - 1 : lf)
  cursor.index = lf + 1
  return { line, newline: crlf ? '\r\n' : '\n' }
}

/**
 * Parses a key-value file command. Later values win, as in the runner's dictionary.
 * `file` names the file in error messages.
 */
export function parseKeyValueFile(text: string, file = 'file command'): Record<string, string> {
  const values: Record<string, string> = {}
  const cursor: Cursor = { text, index: 0 }
  for (let next = readLine(cursor); next; next = readLine(cursor)) {
    const { line } = next
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const key = line.slice(0, equals)
      if (key === '') throw new FileCommandError(`${file}: invalid line "${line}": empty name`)
      values[key] = line.slice(equals + 1)
    } else if (heredoc >= 0) {
      const key = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (key === '' || delimiter === '') {
        throw new FileCommandError(
          `${file}: invalid line "${line}": name and delimiter must not be empty`
        )
      }
      const start = cursor.index
      let end = start
      for (let body = readLine(cursor); ; body = readLine(cursor)) {
        if (!body) {
          throw new FileCommandError(`${file}: no line "${delimiter}" closes "${line}"`)
        }
        if (body.line === delimiter) break
        if (body.newline === undefined) {
          throw new FileCommandError(`${file}: the value of ${key} ends without a newline`)
        }
        end = cursor.index - body.newline.length
      }
      values[key] = text.slice(start, end)
    } else {
      throw new FileCommandError(`${file}: invalid line "${line}": use name=value or name<<EOF`)
    }
  }
  return values
}

/** Parses GITHUB_PATH: each non-empty line is a directory, prepended to PATH in order. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}
