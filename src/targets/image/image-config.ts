/** What an image adds to the config of the image it builds on. */
export interface ConfigAdditions {
  /** RFC 3339: the package's build time, so the same package gives the same config. */
  created: string
  /** Merged over the labels it inherits. */
  labels: Record<string, string>
  /** Variables set (replacing inherited ones of the same name), in name order. */
  env?: Record<string, string>
  /** The DiffID of the layer added, if one is. */
  diffId?: string
  /** The history entry's `created_by`: what made this step. */
  createdBy: string
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The config of an image built on another (image-spec config.md): its fields, unknown ones
 * included, with `created`, the labels, the variables, the layer's DiffID and a history entry
 * added. Depends only on its inputs, so the same inputs give the same config digest.
 */
export function composeConfig(
  base: Record<string, unknown>,
  add: ConfigAdditions
): Record<string, unknown> {
  const config = structuredClone(base)
  config['created'] = add.created
  const runtime = isObject(config['config']) ? config['config'] : {}
  config['config'] = runtime
  runtime['Labels'] = { ...(isObject(runtime['Labels']) ? runtime['Labels'] : {}), ...add.labels }
  if (add.env) {
    const names = Object.keys(add.env).sort()
    const inherited = Array.isArray(runtime['Env']) ? (runtime['Env'] as unknown[]) : []
    const kept = inherited.filter(
      (entry) => typeof entry !== 'string' || !names.includes(entry.split('=')[0]!)
    )
    runtime['Env'] = [...kept, ...names.map((name) => `${name}=${add.env![name]}`)]
  }
  if (add.diffId) {
    const rootfs = isObject(config['rootfs']) ? config['rootfs'] : { type: 'layers' }
    const ids = Array.isArray(rootfs['diff_ids']) ? (rootfs['diff_ids'] as unknown[]) : []
    config['rootfs'] = { ...rootfs, diff_ids: [...ids, add.diffId] }
  }
  // History is optional, but tools that show it pair its non-empty entries with the layers: add
  // one only where the base keeps a history.
  if (Array.isArray(config['history'])) {
    config['history'] = [
      ...(config['history'] as unknown[]),
      {
        created: add.created,
        created_by: add.createdBy,
        comment: 'mxdeploy',
        ...(add.diffId ? {} : { empty_layer: true })
      }
    ]
  }
  return config
}

/** The variables of a config's `config.Env`, by name (the first `=` separates name and value). */
export function configVariables(config: Record<string, unknown>): Record<string, string> {
  const runtime = isObject(config['config']) ? config['config'] : {}
  const env = Array.isArray(runtime['Env']) ? (runtime['Env'] as unknown[]) : []
  const variables: Record<string, string> = {}
  for (const entry of env) {
    if (typeof entry !== 'string') continue
    const at = entry.indexOf('=')
    if (at > 0) variables[entry.slice(0, at)] = entry.slice(at + 1)
  }
  return variables
}

/** The labels of a config's `config.Labels`. */
export function configLabels(config: Record<string, unknown>): Record<string, string> {
  const runtime = isObject(config['config']) ? config['config'] : {}
  const labels = isObject(runtime['Labels']) ? runtime['Labels'] : {}
  return Object.fromEntries(
    Object.entries(labels).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string'
    )
  )
}
