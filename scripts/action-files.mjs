// The action.yml files of this repository: the root action and one per actions/<name>/.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'

/** The repository root this script lives in. */
export const repoRoot = new URL('..', import.meta.url).pathname.replace(/\/$/, '')

/**
 * An action.yml file: `name` is `root` for the top-level one, else its folder under actions/.
 * @typedef {{ name: string, file: string }} ActionFile
 */

/**
 * `root` (action.yml) first, then actions/<name>/action.yml by name.
 * @param {string} [root]
 * @returns {ActionFile[]}
 */
export function listActionFiles(root = repoRoot) {
  const found = existsSync(join(root, 'action.yml'))
    ? [{ name: 'root', file: join(root, 'action.yml') }]
    : []
  const dir = join(root, 'actions')
  if (!existsSync(dir)) return found
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort()
  return [...found, ...names.map((name) => ({ name, file: join(dir, name, 'action.yml') }))]
}

/**
 * An action and its parsed action.yml, as the checks and the README tables read it.
 * @typedef {{ name: string, doc: unknown }} ActionDoc
 */

/**
 * Parses one action.yml; a YAML error names the file, line and column.
 * @param {string} file
 * @param {string} [root]
 * @returns {unknown} the document as YAML gave it, for the caller to check
 */
export function readActionFile(file, root = repoRoot) {
  try {
    return parse(readFileSync(file, 'utf8'), { prettyErrors: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${relative(root, file)}: ${message}`)
  }
}

/**
 * One field of a YAML value that may be a map, or undefined: action.yml documents are checked
 * against the schema, not trusted to have the shape the scripts read.
 * @param {unknown} value
 * @param {string} key
 * @returns {unknown}
 */
export function field(value, key) {
  return value !== null && typeof value === 'object'
    ? /** @type {Record<string, unknown>} */ (value)[key]
    : undefined
}

/**
 * The inputs or outputs of an action.yml document as `[name, spec]` pairs; none when the
 * document has no such map (the schema check reports a wrong one).
 * @param {unknown} doc
 * @param {'inputs' | 'outputs'} kind
 * @returns {[string, unknown][]}
 */
export function ioEntries(doc, kind) {
  const map = field(doc, kind)
  return map !== null && typeof map === 'object' ? Object.entries(map) : []
}

/**
 * A YAML scalar as text, as the runner reads an input's default (`true` and `'true'` alike);
 * nothing for no value, and a map or list (which the schema rejects) as JSON, not "[object Object]".
 * @param {unknown} value
 * @returns {string}
 */
export function scalarText(value) {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  return JSON.stringify(value) ?? ''
}
