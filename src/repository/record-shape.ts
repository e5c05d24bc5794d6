import { ConfigurationError } from '../errors.js'
import type { PackageRecord } from './package-repository.js'

function isText(value: unknown): value is string {
  return typeof value === 'string'
}

/**
 * A stored package record (record.json, a release's notes) checked field by field: a record that
 * lies about its shape is refused. `where` names it in messages ("artifact x: record.json").
 */
export function checkRecord(value: unknown, where: string): PackageRecord {
  const wrong = (field: string): ConfigurationError =>
    new ConfigurationError(`${where} has no valid "${field}"`)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw wrong('app')
  const fields = value as Record<string, unknown>
  for (const field of [
    'app',
    'version',
    'runtimeVersion',
    'modelVersion',
    'createdAt',
    'createdBy',
    'url'
  ]) {
    if (!isText(fields[field])) throw wrong(field)
  }
  if (!isText(fields['sha256']) || !/^[0-9a-f]{64}$/.test(fields['sha256'])) throw wrong('sha256')
  if (typeof fields['size'] !== 'number' || !Number.isSafeInteger(fields['size']))
    throw wrong('size')
  for (const field of ['commit', 'branch']) {
    if (fields[field] !== null && !isText(fields[field])) throw wrong(field)
  }
  const stories = fields['stories'] ?? []
  if (!Array.isArray(stories) || !stories.every(isText)) throw wrong('stories')
  return { ...(fields as unknown as PackageRecord), stories }
}
