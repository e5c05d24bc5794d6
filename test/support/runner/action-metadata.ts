import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** The repository root (this file is test/support/runner/action-metadata.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

export interface ActionInput {
  readonly description?: string
  readonly required?: boolean
  readonly default?: unknown
}

export interface ActionMetadata {
  /** The action.yml file. */
  readonly file: string
  readonly name: string
  readonly inputs: Readonly<Record<string, ActionInput>>
  readonly outputs: Readonly<Record<string, { description?: string }>>
  readonly runs: { readonly using: string; readonly main: string }
  /** runs.main resolved against the action.yml's folder, as the runner resolves it. */
  readonly main: string
}

/** Where an action's metadata lives: `root` is the repository's action.yml. */
export function actionFile(name: string, root = REPO_ROOT): string {
  return name === 'root' ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml')
}

/** Reads an action.yml; throws when it is missing or not a JavaScript action. */
export function loadActionMetadata(name: string, root = REPO_ROOT): ActionMetadata {
  const file = actionFile(name, root)
  if (!existsSync(file)) throw new Error(`no action "${name}": ${file} does not exist`)
  const doc = parse(readFileSync(file, 'utf8')) as Partial<ActionMetadata> | null
  const runs = doc?.runs
  if (!runs || typeof runs.main !== 'string' || !/^node\d+$/.test(String(runs.using))) {
    throw new Error(`${file}: runs must be a JavaScript action (using: nodeNN, main: <file>)`)
  }
  return {
    file,
    name: String(doc.name ?? name),
    inputs: doc.inputs ?? {},
    outputs: doc.outputs ?? {},
    runs,
    main: resolve(dirname(file), runs.main)
  }
}

/** The environment variable an input reaches the action by: `INPUT_` + upper case, spaces to `_`. */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
}
