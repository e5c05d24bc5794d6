/** Which stream an output line came from. */
export type Stream = 'stdout' | 'stderr'

export interface M2eeOutputFilter {
  /** The line as it should be logged; '' to drop it. */
  redact(line: string, stream: Stream): string
  /** The ERROR and CRITICAL lines among those kept: what m2ee said went wrong. */
  errors(lines: readonly string[]): string[]
}

/** m2ee --yolo resets admin users' password 1 and logs the new one at INFO (m2ee.py). */
const NEW_PASSWORD = /(Changing password for user \S+ to )\S+/g
const LOGGING_ERROR = '--- Logging error ---'

/** Python's repr() of a str back to the text: quotes removed, the usual escapes undone. */
function fromPythonRepr(repr: string): string {
  const quote = repr[0]
  if ((quote !== "'" && quote !== '"') || repr[repr.length - 1] !== quote) return repr
  return repr
    .slice(1, -1)
    .replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/g, (_, escape: string) => {
      if (/^[xuU]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16))
      return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[escape] ?? escape
    })
}

/**
 * Makes m2ee's output readable and safe to log. Under Python 3 with stdout not a terminal (a
 * pipe, as here), m2ee.py wraps stdout in a codecs writer and every line below ERROR fails with
 * a `--- Logging error ---` traceback on stderr that ends in `Message: '<the line>'`; each such
 * block is turned back into `LEVEL: <the line>`, the level read from the call that logged it.
 * Passwords m2ee prints and the given secrets are replaced by ***.
 */
export function m2eeOutputFilter(secrets: readonly string[]): M2eeOutputFilter {
  const blocks: Record<Stream, { level: string; lines: number } | undefined> = {
    stdout: undefined,
    stderr: undefined
  }
  const hide = (line: string): string => {
    let out = line.replace(NEW_PASSWORD, '$1***')
    for (const secret of secrets) if (secret) out = out.split(secret).join('***')
    return out
  }
  return {
    redact(line, stream) {
      if (line === LOGGING_ERROR) {
        blocks[stream] = { level: 'INFO', lines: 0 }
        return ''
      }
      const block = blocks[stream]
      if (!block) return hide(line)
      // A block cut short never swallows what m2ee logs next.
      if (/^(CRITICAL|ERROR|WARNING|INFO|DEBUG): /.test(line) || ++block.lines > 200) {
        blocks[stream] = undefined
        return hide(line)
      }
      const call = /\b(?:logger|logging)\.(debug|info|warning|error|critical)\(/.exec(line)
      if (call) block.level = call[1]!.toUpperCase()
      if (line.startsWith('Message: '))
        return hide(`${block.level}: ${fromPythonRepr(line.slice(9))}`)
      if (line.startsWith('Arguments: ')) {
        blocks[stream] = undefined
        const args = line.slice(11)
        return args === '()' ? '' : hide(`  (arguments ${args})`)
      }
      return ''
    },
    errors(lines) {
      return lines.filter((line) => /^(ERROR|CRITICAL): /.test(line))
    }
  }
}
