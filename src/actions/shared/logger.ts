import * as core from '@actions/core'
import type { Logger, SourceLocation } from '../../log.js'
import { plainInterval } from '../../progress/choose.js'
import { PlainProgress } from '../../progress/plain-progress.js'
import { systemClock } from '../../progress/progress.js'
import { redactCredentials } from '../../redact.js'

function properties(where?: SourceLocation): core.AnnotationProperties {
  if (!where) return {}
  return {
    ...(where.file ? { file: where.file } : {}),
    ...(where.line ? { startLine: where.line } : {}),
    ...(where.column ? { startColumn: where.column } : {}),
    ...(where.title ? { title: where.title } : {})
  }
}

/** The domain's logger as workflow commands: log lines, annotations and masks. */
export const actionLogger: Logger = {
  info: (message) => core.info(redactCredentials(message)),
  warning: (message, where) => core.warning(redactCredentials(message), properties(where)),
  error: (message, where) => core.error(redactCredentials(message), properties(where)),
  secret: (value) => {
    if (value) core.setSecret(value)
  },
  // A job log cannot redraw a line: a plain line every ten seconds while long work lasts.
  progress: new PlainProgress(
    (line) => core.info(redactCredentials(line)),
    systemClock,
    plainInterval(process.env)
  )
}
