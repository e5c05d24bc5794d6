/**
 * The runner evaluates `${{ }}` in an input's `default`. The harness evaluates the part of the
 * expression language action.yml defaults use here: property paths into the `github`, `runner`
 * and `job` contexts (`${{ github.run_number }}`, `${{ github.token }}`,
 * `${{ github.event.pull_request.number }}`, `${{ job.check_run_id }}`), alone or inside a string. A missing property is
 * '' as on the runner; anything else (operators, functions, other contexts) is refused, so a
 * test never runs an action with a default the runner would have computed differently.
 */

export type ExpressionContexts = Readonly<
  Record<'github' | 'runner' | 'job', Readonly<Record<string, unknown>>>
>

const PATH = /^(github|runner|job)((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)$/

function lookup(root: unknown, keys: string[]): unknown {
  let value = root
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined
    // Context property names are case-insensitive in the runner.
    const entry = Object.entries(value).find(([k]) => k.toLowerCase() === key.toLowerCase())
    value = entry?.[1]
  }
  return value
}

function asString(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  // Numbers and booleans print as themselves; objects as the runner's indented JSON.
  return JSON.stringify(value, null, 2) ?? ''
}

/** Evaluates the `${{ }}` parts of a default; throws on what the harness cannot evaluate. */
export function evaluateDefault(
  value: string,
  contexts: ExpressionContexts,
  where: string
): string {
  return value.replace(/\$\{\{(.*?)\}\}/gs, (_whole, inner: string) => {
    const match = PATH.exec(inner.trim())
    if (!match) {
      throw new Error(
        `${where}: the harness evaluates only github.*, runner.* and job.* property paths, not "${inner.trim()}"; pass the input explicitly`
      )
    }
    const context = match[1] as 'github' | 'runner' | 'job'
    return asString(lookup(contexts[context], match[2]!.slice(1).split('.')))
  })
}

/** A default as the runner passes it: strings evaluated, other YAML scalars as their text. */
export function defaultValue(value: unknown, contexts: ExpressionContexts, where: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return evaluateDefault(value, contexts, where)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new Error(`${where}: a default must be a string, number or boolean`)
}
