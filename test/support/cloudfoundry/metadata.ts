import type { Metadata } from './model.js'
import { unprocessable, type Reply } from './routing.js'

/**
 * Metadata as the Cloud Controller validates and merges it (concepts/_metadata: keys
 * `[prefix/]name`, name 1–63 of [A-Za-z0-9_.-] starting and ending alphanumeric, a DNS prefix;
 * label values up to 63 such characters, annotation values up to 5000 of any; PATCH merges and
 * null deletes).
 */

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/
const PREFIX = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/

function keyProblem(key: string): string | undefined {
  const parts = key.split('/')
  if (parts.length > 2) return `key '${key}' has more than one '/'`
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]!]
  if (prefix !== undefined && (!PREFIX.test(prefix) || prefix.length > 253))
    return `key prefix error: '${prefix}' must be in valid dns format`
  if (prefix === 'cloudfoundry.org') return `prefix 'cloudfoundry.org' is reserved`
  if (!NAME.test(name))
    return `key error: '${name}' contains invalid characters or is greater than 63 characters`
  return undefined
}

/** A 422 for metadata the Cloud Controller would refuse, or undefined. */
export function checkMetadata(json: unknown): Reply | undefined {
  const metadata = (json as { metadata?: unknown } | null)?.metadata
  if (metadata === undefined) return undefined
  if (typeof metadata !== 'object' || metadata === null)
    return unprocessable('Metadata must be an object')
  const { labels = {}, annotations = {}, ...rest } = metadata as Record<string, unknown>
  if (Object.keys(rest).length)
    return unprocessable(`Metadata has unexpected field(s): ${Object.keys(rest).join(', ')}`)
  for (const [key, value] of Object.entries(labels as Record<string, unknown>)) {
    const problem = keyProblem(key)
    if (problem) return unprocessable(`Metadata label ${problem}`)
    if (
      value !== null &&
      (typeof value !== 'string' ||
        value.length > 63 ||
        !/^([A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?)?$/.test(value))
    ) {
      return unprocessable(
        `Metadata label value error: '${JSON.stringify(value)}' contains invalid characters or is greater than 63 characters`
      )
    }
  }
  for (const [key, value] of Object.entries(annotations as Record<string, unknown>)) {
    const problem = keyProblem(key)
    if (problem) return unprocessable(`Metadata annotation ${problem}`)
    if (value !== null && (typeof value !== 'string' || value.length > 5000)) {
      return unprocessable(
        `Metadata annotation value error: '${JSON.stringify(value).slice(0, 40)}…' is greater than 5000 characters`
      )
    }
  }
  return undefined
}

/** The metadata after a PATCH (or a create): keys merged, null deleting. */
export function mergeMetadata(current: Metadata, patch: unknown): Metadata {
  const { labels = {}, annotations = {} } = patch as {
    labels?: Record<string, string | null>
    annotations?: Record<string, string | null>
  }
  const merge = (
    base: Record<string, string>,
    changes: Record<string, string | null>
  ): Record<string, string> => {
    const result = { ...base }
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete result[key]
      else result[key] = value
    }
    return result
  }
  return {
    labels: merge(current.labels, labels),
    annotations: merge(current.annotations, annotations)
  }
}
