import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { normaliseNullable } from './nullable.js'

type Json = Record<string, unknown>

/** Bump when what is kept or rewritten changes, so stale caches are not read. */
const FORMAT = 2

/**
 * GitHub's description as the stand-in needs it: `nullable` already rewritten, and without the
 * prose and examples validation never reads (a quarter of the size, parsed in a third of the
 * time by every test process). Made once and cached in the temp directory, keyed by the
 * source file's size and modification time.
 */
export function loadSlimDocument(file: string): Json {
  const { size, mtimeMs } = statSync(file)
  const cached = join(
    tmpdir(),
    `mxdeploy-github-openapi-v${FORMAT}-${size}-${Math.round(mtimeMs)}.json`
  )
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as Json
  } catch {
    // Not made yet (or cut short): make it.
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Json
  normaliseNullable(raw)
  const text = JSON.stringify(raw, dropProse)
  // Written aside and renamed, so a parallel test process never reads half a file.
  const temp = `${cached}.${process.pid}.tmp`
  writeFileSync(temp, text)
  renameSync(temp, cached)
  return JSON.parse(text) as Json
}

/**
 * Drops descriptions, summaries (strings only: a property may be called `description`),
 * examples (no schema in the document has a property of that name) and x-github notes.
 */
function dropProse(key: string, value: unknown): unknown {
  if ((key === 'description' || key === 'summary') && typeof value === 'string') return undefined
  if (key === 'example' || key === 'examples' || key === 'x-github') return undefined
  if (key === 'x-webhooks' && typeof value === 'object') return undefined
  return value
}
