// The action.yml files of this repository: the root action and one per actions/<name>/.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'

/** The repository root this script lives in. */
export const repoRoot = new URL('..', import.meta.url).pathname.replace(/\/$/, '')

/** `[{ name, file }]`: `root` (action.yml) first, then actions/<name>/action.yml by name. */
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

/** Parses one action.yml; a YAML error names the file, line and column. */
export function readActionFile(file, root = repoRoot) {
  try {
    return parse(readFileSync(file, 'utf8'), { prettyErrors: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${relative(root, file)}: ${message}`)
  }
}
