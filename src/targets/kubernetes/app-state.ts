import type { RunningState } from '../deployment-target.js'
import { ANNOTATION, type MendixAppResource } from './mendix-app.js'

/**
 * The statuses the documents say reach Ready once the app runs ("Monitoring the Build Process"),
 * in the order a deployment passes them. appState is Started or Stopped.
 */
export const STATUS_FIELDS = [
  'buildStatus',
  'databaseStatus',
  'storageStatus',
  'networkStatus',
  'mendixAppState',
  'runtimeStatus'
] as const

/**
 * The documents name no failure values; a status saying it failed or is in error is taken as
 * one. Anything else that is not Ready is work in progress, bounded by the wait's time.
 */
const FAILED = /fail|error/i

export type Progress =
  | { state: 'running' }
  | { state: 'working'; summary: string }
  | { state: 'failed'; summary: string }

function objectMap(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function jsonList(text: string | undefined): string[] {
  if (!text) return []
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

/** `buildStatus Ready, runtimeStatus Building, appState Started`: what the status says. */
export function describeStatus(resource: MendixAppResource): string {
  const status = resource.status ?? {}
  const parts = [...STATUS_FIELDS, 'appState']
    .filter((field) => typeof status[field] === 'string')
    .map((field) => `${field} ${String(status[field])}`)
  return parts.length > 0 ? parts.join(', ') : 'no status yet'
}

/** The replicas the resource asks for; the documents say one when not set. */
export function wantedReplicas(resource: MendixAppResource): number {
  const replicas = resource.spec?.['replicas']
  return typeof replicas === 'number' ? replicas : 1
}

/**
 * Where the operator is with the resource's spec: running it (every reported status Ready and
 * appState Started, or Stopped with 0 replicas), failed, or still working. When the status
 * carries observedGeneration (Kubernetes API conventions), an older one means the operator has
 * not taken up the spec yet.
 */
export function operatorProgress(resource: MendixAppResource): Progress {
  const status = resource.status ?? {}
  const generation = resource.metadata.generation
  if (
    typeof status.observedGeneration === 'number' &&
    typeof generation === 'number' &&
    status.observedGeneration < generation
  ) {
    return {
      state: 'working',
      summary: `the operator has not taken up generation ${generation} yet (it reports ${status.observedGeneration}; ${describeStatus(resource)})`
    }
  }
  const failed = STATUS_FIELDS.filter(
    (field) => typeof status[field] === 'string' && FAILED.test(String(status[field]))
  )
  if (failed.length > 0) return { state: 'failed', summary: describeStatus(resource) }
  const reported = STATUS_FIELDS.filter((field) => typeof status[field] === 'string')
  const ready =
    reported.includes('runtimeStatus') && reported.every((field) => status[field] === 'Ready')
  const appState = wantedReplicas(resource) > 0 ? 'Started' : 'Stopped'
  if (ready && status.appState === appState) return { state: 'running' }
  return { state: 'working', summary: describeStatus(resource) }
}

/** Whether the status reports observedGeneration, so Ready can be tied to a spec. */
export function reportsGeneration(resource: MendixAppResource): boolean {
  return typeof resource.status?.observedGeneration === 'number'
}

/** The package the resource names: mxdeploy's annotations when they still match its sourceURL. */
export function packageOf(resource: MendixAppResource): {
  version: string | undefined
  sha256: string | undefined
} {
  const annotations = resource.metadata.annotations ?? {}
  const sourceURL = resource.spec?.['sourceURL']
  if (annotations[ANNOTATION.sha256] && annotations[ANNOTATION.sourceUrl] === sourceURL) {
    return { version: annotations[ANNOTATION.version], sha256: annotations[ANNOTATION.sha256] }
  }
  // Changed by someone else: a registry blob URL still names the bytes it serves.
  const blob =
    typeof sourceURL === 'string' ? /\/blobs\/sha256:([0-9a-f]{64})$/.exec(sourceURL) : null
  return { version: undefined, sha256: blob?.[1] }
}

/** The scheduled events the resource runs, for the event names mxdeploy recorded on it. */
function scheduledEventsOf(resource: MendixAppResource): Record<string, boolean> {
  const runtime = objectMap(resource.spec?.['runtime'])
  const names = jsonList(resource.metadata.annotations?.[ANNOTATION.scheduledEvents])
  const execution = runtime['scheduledEventExecution']
  const listed = Array.isArray(runtime['myScheduledEvents'])
    ? (runtime['myScheduledEvents'] as unknown[]).filter((v): v is string => typeof v === 'string')
    : []
  const events: Record<string, boolean> = {}
  for (const name of new Set([...names, ...(execution === 'SPECIFIED' ? listed : [])])) {
    events[name] = execution === 'ALL' || (execution === 'SPECIFIED' && listed.includes(name))
  }
  return events
}

/**
 * What the resource runs, read from its spec and status: undefined when the operator does not
 * report it running (a failed build, a start in progress), so a stage deploys it again. Constants
 * are left out when some come from the secret store, whose values mxdeploy never sees.
 */
export function runningStateOf(resource: MendixAppResource): RunningState {
  if (operatorProgress(resource).state !== 'running') {
    return { version: undefined, sha256: undefined, constants: undefined }
  }
  const { version, sha256 } = packageOf(resource)
  const runtime = objectMap(resource.spec?.['runtime'])
  const secrets = jsonList(resource.metadata.annotations?.[ANNOTATION.secretConstants])
  const constants = Object.fromEntries(
    Object.entries(objectMap(runtime['microflowConstants'])).map(([name, value]) => [
      name,
      String(value)
    ])
  )
  return {
    version,
    sha256,
    constants: secrets.length > 0 ? undefined : constants,
    scheduledEvents: scheduledEventsOf(resource)
  }
}
