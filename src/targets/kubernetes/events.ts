import { errorMessage } from '../../errors.js'
import type { Logger } from '../../log.js'

/** A Kubernetes Event (core/v1) as far as mxdeploy reads it. */
export interface KubernetesEvent {
  metadata?: { uid?: string; name?: string }
  type?: string
  reason?: string
  message?: string
  count?: number
}

/** `Warning BuildFailed: could not download the MDA`. */
export function describeEvent(event: KubernetesEvent): string {
  return `${event.type ?? 'Normal'} ${event.reason ?? '(no reason)'}: ${(event.message ?? '').trim()}`
}

function key(event: KubernetesEvent): string {
  return `${event.metadata?.uid ?? event.metadata?.name ?? describeEvent(event)}#${event.count ?? 1}`
}

/**
 * The events of one MendixApp that appear after a point: "most controllers also send Kubernetes
 * events when a change has been processed successfully or failed" (Mendix docs, technical
 * appendix). Events are told apart by uid and count, not by time, so clock skew between this
 * machine and the cluster does not matter. A cluster that will not list events (RBAC) costs only
 * a warning.
 */
export class EventWatch {
  private readonly seen = new Set<string>()
  private readonly since: KubernetesEvent[] = []
  private unreadable = false

  constructor(
    private readonly list: () => Promise<KubernetesEvent[]>,
    private readonly log: Logger
  ) {}

  private async read(): Promise<KubernetesEvent[]> {
    if (this.unreadable) return []
    try {
      return await this.list()
    } catch (error) {
      this.unreadable = true
      this.log.warning(
        `cannot read the MendixApp's events, going on without them: ${errorMessage(error)}`
      )
      return []
    }
  }

  /** Takes the events there are now as already seen. */
  async mark(): Promise<void> {
    for (const event of await this.read()) this.seen.add(key(event))
  }

  /** Events new since the last call (or the mark). */
  async fresh(): Promise<KubernetesEvent[]> {
    const found: KubernetesEvent[] = []
    for (const event of await this.read()) {
      const id = key(event)
      if (this.seen.has(id)) continue
      this.seen.add(id)
      found.push(event)
    }
    this.since.push(...found)
    return found
  }

  /** Every event since the mark, in the order seen. */
  get all(): readonly KubernetesEvent[] {
    return this.since
  }
}
