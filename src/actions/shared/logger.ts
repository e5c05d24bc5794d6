import * as core from '@actions/core'
import type { Logger, SourceLocation } from '../../log.js'

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
  info: (message) => core.info(message),
  warning: (message, where) => core.warning(message, properties(where)),
  error: (message, where) => core.error(message, properties(where)),
  secret: (value) => {
    if (value) core.setSecret(value)
  }
}
