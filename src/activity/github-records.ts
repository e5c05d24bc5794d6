import type { ActivityStart } from './activity-log.js'

/** Marks deployments that carry mxdeploy's records, so any other deployment is left out. */
export const PAYLOAD_KIND = 'mxdeploy/activity-v1'

/**
 * The environment that keeps the records of operations shown on GitHub's own deployment for a
 * job (`environment:`): that deployment's payload is GitHub's and cannot change after creation,
 * so the record is a deployment here, its task naming the environment (docs/github-deployments.md).
 */
export const RECORDS_ENVIRONMENT = 'mxdeploy-records'

/** The task of the records of one environment kept on the records environment. */
export function recordTask(environment: string): string {
  return `mxdeploy:${environment}`
}

/** The payload of a deployment that carries a record. */
export interface RecordPayload {
  kind: typeof PAYLOAD_KIND
  /** The run that made it, so its own retry is not refused as another run's. */
  runId?: string
  start: ActivityStart
  /** GitHub's deployment for the job that shows the operation (records environment only). */
  shownOn?: number
}

/** Whether a deployment's payload is one of mxdeploy's records. */
export function isRecord(payload: unknown): payload is RecordPayload {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    (payload as Partial<RecordPayload>).kind === PAYLOAD_KIND &&
    typeof (payload as Partial<RecordPayload>).start === 'object'
  )
}

/** A listDeployments filter. */
export interface RecordFilter {
  environment?: string
  task?: string
}

/**
 * Where the records of an environment are: on the environment itself (operations outside a job
 * with `environment:`, and every record before mxdeploy used GitHub's job deployments) and on the
 * records environment under the environment's task. Without an environment: the whole list.
 */
export function recordFilters(environment: string | undefined): RecordFilter[] {
  return environment
    ? [{ environment }, { environment: RECORDS_ENVIRONMENT, task: recordTask(environment) }]
    : [{}]
}
