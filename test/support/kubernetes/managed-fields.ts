import { isDeepStrictEqual } from 'node:util'

/**
 * Server-side apply as the Kubernetes documents describe it ("Server-Side Apply",
 * kubernetes.io/docs/reference/using-api/server-side-apply/), for a custom resource without a
 * published schema: "all keys are treated the same as struct fields, and all lists are
 * considered atomic". Each manager owns a set of leaf paths; an apply that changes a path another
 * manager owns, to another value, conflicts unless forced; equal values share ownership; a path
 * the applier owned and no longer sends is removed when nobody else owns it.
 */
export type Obj = Record<string, unknown>
export type Path = string[]

export interface ManagerEntry {
  manager: string
  operation: 'Apply' | 'Update'
  apiVersion: string
  time: string
  subresource?: string
  /** JSON-encoded paths. */
  fields: Set<string>
}

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const key = (path: Path): string => JSON.stringify(path)
const unkey = (text: string): Path => JSON.parse(text) as Path

/** `.spec.runtime.replicas`, as conflict messages write a field. */
export function fieldPath(path: Path): string {
  return `.${path.join('.')}`
}

/** Leaf paths: maps are granular, lists and scalars (and empty maps) are leaves. */
export function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (isObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]))
  }
  return [prefix]
}

/** The paths of an object that field managers own: labels, annotations, and all but status. */
export function managedPaths(object: Obj): Path[] {
  const metadata = isObject(object['metadata']) ? object['metadata'] : {}
  const paths: Path[] = []
  for (const part of ['labels', 'annotations']) {
    if (isObject(metadata[part])) paths.push(...leafPaths(metadata[part], ['metadata', part]))
  }
  for (const [k, v] of Object.entries(object)) {
    if (['apiVersion', 'kind', 'metadata', 'status'].includes(k)) continue
    paths.push(...leafPaths(v, [k]))
  }
  return paths
}

export function getAt(object: unknown, path: Path): unknown {
  let at: unknown = object
  for (const part of path) {
    if (!isObject(at)) return undefined
    at = at[part]
  }
  return at
}

function setAt(object: Obj, path: Path, value: unknown): void {
  let at = object
  for (const part of path.slice(0, -1)) {
    if (!isObject(at[part])) at[part] = {}
    at = at[part] as Obj
  }
  at[path.at(-1)!] = structuredClone(value)
}

/** Removes a path, and the maps it leaves empty. */
function deleteAt(object: Obj, path: Path): void {
  const parents: Obj[] = [object]
  let at = object
  for (const part of path.slice(0, -1)) {
    const next = at[part]
    if (!isObject(next)) return
    at = next
    parents.push(at)
  }
  delete at[path.at(-1)!]
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]!).length > 0) break
    delete parents[i - 1]![path[i - 1]!]
  }
}

export type ApplyOutcome =
  | { ok: true; object: Obj; entries: ManagerEntry[] }
  | { ok: false; conflicts: { manager: string; using?: string; field: string }[] }

/** Applies `config` as `manager` to `live` (undefined: creates it). */
export function applyConfiguration(
  live: Obj | undefined,
  config: Obj,
  manager: string,
  force: boolean,
  entries: ManagerEntry[],
  now: string
): ApplyOutcome {
  const wanted = managedPaths(config)
  const wantedKeys = new Set(wanted.map(key))
  let others = entries.filter(
    (e) => !(e.manager === manager && e.operation === 'Apply' && !e.subresource)
  )
  const mine = entries.find(
    (e) => e.manager === manager && e.operation === 'Apply' && !e.subresource
  )
  if (live) {
    const conflicts: { manager: string; using?: string; field: string }[] = []
    for (const path of wanted) {
      for (const entry of others) {
        if (!entry.fields.has(key(path))) continue
        if (isDeepStrictEqual(getAt(live, path), getAt(config, path))) continue
        conflicts.push({
          manager: entry.manager,
          ...(entry.operation === 'Update' ? { using: entry.apiVersion } : {}),
          field: fieldPath(path)
        })
      }
    }
    if (conflicts.length > 0 && !force) return { ok: false, conflicts }
    // Forcing takes the conflicting fields from their managers; equal values stay shared.
    const taken = new Set(conflicts.map((c) => key(c.field.slice(1).split('.'))))
    others = others.map((e) => ({
      ...e,
      fields: new Set([...e.fields].filter((f) => !taken.has(f)))
    }))
  }
  const object: Obj = live
    ? structuredClone(live)
    : {
        apiVersion: config['apiVersion'],
        kind: config['kind'],
        metadata: {
          name: getAt(config, ['metadata', 'name']),
          namespace: getAt(config, ['metadata', 'namespace'])
        }
      }
  const ownedByOthers = new Set(others.flatMap((e) => [...e.fields]))
  for (const field of mine?.fields ?? []) {
    if (!wantedKeys.has(field) && !ownedByOthers.has(field)) deleteAt(object, unkey(field))
  }
  for (const path of wanted) setAt(object, path, getAt(config, path))
  const applied: ManagerEntry = {
    manager,
    operation: 'Apply',
    apiVersion: String(config['apiVersion']),
    time: now,
    fields: wantedKeys
  }
  return {
    ok: true,
    object,
    entries: [...others, applied].filter((e) => e.fields.size > 0)
  }
}

/** An update (PUT, merge patch, a status write): the manager takes the paths whose values it changed. */
export function recordUpdate(
  before: Obj,
  after: Obj,
  manager: string,
  apiVersion: string,
  entries: ManagerEntry[],
  now: string,
  subresource?: string
): ManagerEntry[] {
  const paths =
    subresource === 'status' ? leafPaths(after['status'] ?? {}, ['status']) : managedPaths(after)
  const changed = new Set(
    paths.filter((path) => !isDeepStrictEqual(getAt(before, path), getAt(after, path))).map(key)
  )
  if (changed.size === 0) return entries
  const same = (e: ManagerEntry): boolean =>
    e.manager === manager && e.operation === 'Update' && e.subresource === subresource
  const rest = entries.map((e) =>
    same(e) ? e : { ...e, fields: new Set([...e.fields].filter((f) => !changed.has(f))) }
  )
  const existing = rest.find(same)
  const updated: ManagerEntry = {
    manager,
    operation: 'Update',
    apiVersion,
    time: now,
    ...(subresource ? { subresource } : {}),
    fields: new Set([...(existing?.fields ?? []), ...changed])
  }
  return [...rest.filter((e) => !same(e)), updated].filter((e) => e.fields.size > 0)
}

/** `metadata.managedFields` as the API server shows them (fieldsType FieldsV1). */
export function managedFieldsOf(entries: ManagerEntry[]): Obj[] {
  return entries.map((entry) => {
    const fieldsV1: Obj = {}
    for (const field of entry.fields) {
      let at = fieldsV1
      for (const part of unkey(field)) {
        const k = `f:${part}`
        if (!isObject(at[k])) at[k] = {}
        at = at[k] as Obj
      }
    }
    return {
      manager: entry.manager,
      operation: entry.operation,
      apiVersion: entry.apiVersion,
      time: entry.time,
      fieldsType: 'FieldsV1',
      fieldsV1,
      ...(entry.subresource ? { subresource: entry.subresource } : {})
    }
  })
}
