import type { ActivityRecord } from './activity-log.js'

function isText(value: unknown): value is string {
  return typeof value === 'string'
}

function isTextOrNull(value: unknown): boolean {
  return value === null || isText(value)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const CHECKS: [field: string, ok: (value: unknown) => boolean][] = [
  ['time', isText],
  ['app', isText],
  ['environment', isText],
  ['operation', isText],
  ['actor', isText],
  ['result', (v) => v === 'success' || v === 'failure'],
  ['package', (v) => v === null || (isObject(v) && isText(v['version']) && isText(v['sha256']))],
  ['approvers', (v) => Array.isArray(v) && v.every(isText)],
  ['mfa', (v) => v === null || (isObject(v) && Array.isArray(v['users']))],
  ['error', isTextOrNull],
  ['durationMs', (v) => typeof v === 'number'],
  ['stories', (v) => v === undefined || (Array.isArray(v) && v.every(isText))],
  ['details', (v) => v === undefined || isObject(v)]
]

/**
 * Why a parsed line of the activity log is not a record the readers can use, or undefined when
 * it is one: the fields every reader touches are there with their types.
 */
export function recordProblem(value: unknown): string | undefined {
  if (!isObject(value)) {
    const what = Array.isArray(value) ? 'an array' : JSON.stringify(value)
    return `skipped a line that is not an activity record (${what})`
  }
  for (const [field, ok] of CHECKS) {
    if (!ok(value[field])) return `skipped an activity record without a valid "${field}"`
  }
  return undefined
}

/** A checked record, with the fields old records may lack filled in. */
export function asRecord(value: Record<string, unknown>): ActivityRecord {
  return { ...(value as unknown as ActivityRecord), stories: (value['stories'] as string[]) ?? [] }
}
