import type { Logger, SourceLocation } from '../../src/log.js'

/** A logger that keeps what it was told; warnings carry their `file:line: ` prefix as the CLI prints it. */
export function recordingLogger(): Logger & { infos: string[]; warnings: string[] } {
  const infos: string[] = []
  const warnings: string[] = []
  const where = (at?: SourceLocation): string =>
    at?.file ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''
  return {
    infos,
    warnings,
    info: (message) => infos.push(message),
    warning: (message, at) => warnings.push(`${where(at)}${message}`),
    error: () => undefined,
    secret: () => undefined
  }
}
