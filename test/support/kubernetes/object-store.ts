import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import {
  applyConfiguration,
  isObject,
  managedFieldsOf,
  recordUpdate,
  type ManagerEntry,
  type Obj
} from './managed-fields.js'
import { validateMendixAppSpec } from './mendixapp-schema.js'
import { groupVersion, type ResourceType } from './resources.js'
import { statuses, type Reply } from './status.js'

interface Stored {
  object: Obj
  entries: ManagerEntry[]
}

export type StoreResult = { ok: true; object: Obj } | { ok: false; reply: Reply }

/**
 * The objects of the stand-in cluster with the API server's bookkeeping: a resourceVersion that
 * grows with every write, a generation that grows with every spec change, uid and creation time,
 * managedFields per field manager, and MendixApps validated against the documented spec.
 */
export class ObjectStore {
  private version = 1000
  readonly namespaces = new Set<string>()
  private readonly objects = new Map<string, Stored>()
  private readonly listeners: ((object: Obj) => void)[] = []

  private key(type: ResourceType, namespace: string, name: string): string {
    return `${type.name}/${namespace}/${name}`
  }

  /** Called after every write of a MendixApp (the operator's watch). */
  onMendixApp(listener: (object: Obj) => void): void {
    this.listeners.push(listener)
  }

  private render(stored: Stored): Obj {
    const object = structuredClone(stored.object)
    const metadata = object['metadata'] as Obj
    if (stored.entries.length > 0) metadata['managedFields'] = managedFieldsOf(stored.entries)
    return object
  }

  get(type: ResourceType, namespace: string, name: string): Obj | undefined {
    const stored = this.objects.get(this.key(type, namespace, name))
    return stored ? this.render(stored) : undefined
  }

  list(type: ResourceType, namespace: string | undefined): Obj[] {
    const prefix = namespace === undefined ? `${type.name}/` : `${type.name}/${namespace}/`
    return [...this.objects.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, stored]) => this.render(stored))
  }

  get resourceVersion(): string {
    return String(this.version)
  }

  private write(
    type: ResourceType,
    namespace: string,
    name: string,
    stored: Stored,
    before?: Stored
  ): Obj {
    const metadata = stored.object['metadata'] as Obj
    const previous = before?.object['metadata'] as Obj | undefined
    metadata['uid'] = previous?.['uid'] ?? randomUUID()
    metadata['creationTimestamp'] =
      previous?.['creationTimestamp'] ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    metadata['namespace'] = namespace
    const specChanged = !isDeepStrictEqual(before?.object['spec'], stored.object['spec'])
    const generation = (previous?.['generation'] as number | undefined) ?? 0
    metadata['generation'] = before ? generation + (specChanged ? 1 : 0) : 1
    const unchanged =
      before &&
      isDeepStrictEqual(
        { ...before.object, metadata: { ...previous, resourceVersion: 0 } },
        {
          ...stored.object,
          metadata: { ...metadata, resourceVersion: 0 }
        }
      )
    metadata['resourceVersion'] = unchanged ? previous!['resourceVersion'] : String(++this.version)
    this.objects.set(this.key(type, namespace, name), stored)
    const rendered = this.render(stored)
    if (type.kind === 'MendixApp' && !unchanged)
      for (const listener of this.listeners) listener(rendered)
    return rendered
  }

  /** Puts an object as a test or the operator makes it (no field manager). */
  put(type: ResourceType, namespace: string, object: Obj): Obj {
    const name = String((object['metadata'] as Obj)['name'])
    const before = this.objects.get(this.key(type, namespace, name))
    const full = { apiVersion: groupVersion(type), kind: type.kind, ...structuredClone(object) }
    return this.write(
      type,
      namespace,
      name,
      { object: full, entries: before?.entries ?? [] },
      before
    )
  }

  delete(type: ResourceType, namespace: string, name: string): boolean {
    return this.objects.delete(this.key(type, namespace, name))
  }

  private validate(type: ResourceType, name: string, object: Obj): Reply | undefined {
    if (type.kind !== 'MendixApp') return undefined
    const causes = validateMendixAppSpec(object['spec'])
    return causes.length > 0 ? statuses.invalid(type.kind, type.group, name, causes) : undefined
  }

  /** Server-side apply (PATCH application/apply-patch+yaml). */
  apply(
    type: ResourceType,
    namespace: string,
    name: string,
    config: Obj,
    manager: string,
    force: boolean
  ): StoreResult {
    const before = this.objects.get(this.key(type, namespace, name))
    const outcome = applyConfiguration(
      before?.object,
      config,
      manager,
      force,
      before?.entries ?? [],
      new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    )
    if (!outcome.ok) return { ok: false, reply: statuses.applyConflict(outcome.conflicts) }
    const invalid = this.validate(type, name, outcome.object)
    if (invalid) return { ok: false, reply: invalid }
    return {
      ok: true,
      object: this.write(
        type,
        namespace,
        name,
        { object: outcome.object, entries: outcome.entries },
        before
      )
    }
  }

  /** JSON merge patch (RFC 7386) as an Update by `manager`, on the object or its status. */
  mergePatch(
    type: ResourceType,
    namespace: string,
    name: string,
    patch: Obj,
    manager: string,
    subresource?: 'status'
  ): StoreResult {
    const before = this.objects.get(this.key(type, namespace, name))
    if (!before) return { ok: false, reply: statuses.notFound(type.name, type.group, name) }
    const target = subresource ? { status: patch['status'] } : patch
    const after = mergeJson(before.object, target) as Obj
    if (!subresource) after['status'] = before.object['status']
    const invalid = subresource ? undefined : this.validate(type, name, after)
    if (invalid) return { ok: false, reply: invalid }
    const entries = recordUpdate(
      before.object,
      after,
      manager,
      groupVersion(type),
      before.entries,
      new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      subresource
    )
    return {
      ok: true,
      object: this.write(type, namespace, name, { object: after, entries }, before)
    }
  }
}

/** RFC 7386: objects merged, null removes, anything else replaces. */
export function mergeJson(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch)
  const out: Obj = isObject(target) ? structuredClone(target) : {}
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else out[k] = mergeJson(out[k], v)
  }
  return out
}
