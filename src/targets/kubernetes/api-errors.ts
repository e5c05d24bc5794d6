import { ApiException } from '@kubernetes/client-node'
import { ConfigurationError, OperationError } from '../../errors.js'

/** A `Status` object, the body of every failed Kubernetes API call (apimachinery meta/v1). */
export interface KubernetesStatus {
  kind?: string
  status?: string
  message?: string
  reason?: string
  code?: number
  details?: {
    name?: string
    group?: string
    kind?: string
    causes?: { reason?: string; message?: string; field?: string }[]
    retryAfterSeconds?: number
  }
}

/** A call the cluster answered with an error that is not the user's to fix (exit 1). */
export class KubernetesApiError extends OperationError {
  override name = 'KubernetesApiError'
  constructor(
    message: string,
    readonly code: number,
    readonly reason: string | undefined
  ) {
    super(message)
  }
}

/** A call the cluster refused for the user to fix: credentials, RBAC, namespace, invalid spec (exit 2). */
export class KubernetesRefusal extends ConfigurationError {
  override name = 'KubernetesRefusal'
  constructor(
    message: string,
    readonly code: number,
    readonly reason: string | undefined
  ) {
    super(message)
  }
}

/** A field another field manager owns with another value (server-side apply, 409): nothing was applied. */
export class FieldConflictError extends ConfigurationError {
  override name = 'FieldConflictError'
  constructor(
    message: string,
    readonly conflicts: { manager: string; field: string }[]
  ) {
    super(message)
  }
}

/** The Status an ApiException carries (client-node keeps the body as text), when it has one. */
export function statusOf(error: unknown): KubernetesStatus | undefined {
  if (!(error instanceof ApiException)) return undefined
  const body: unknown = error.body
  try {
    const parsed: unknown = typeof body === 'string' ? JSON.parse(body) : body
    if (typeof parsed === 'object' && parsed !== null) return parsed
  } catch {
    // not JSON: a proxy's HTML page, an empty body
  }
  return undefined
}

/** What a call is, for messages: `applying MendixApp mendix/hello`. */
export interface CallContext {
  what: string
  namespace: string
  /** `context prod (https://…)`. */
  cluster: string
}

function conflicts(status: KubernetesStatus): { manager: string; field: string }[] {
  return (status.details?.causes ?? [])
    .filter((cause) => cause.reason === 'FieldManagerConflict')
    .map((cause) => ({
      manager: /conflict with "([^"]*)"/.exec(cause.message ?? '')?.[1] ?? 'another manager',
      field: cause.field ?? '(a field)'
    }))
}

function invalidDetail(status: KubernetesStatus): string {
  const causes = (status.details?.causes ?? []).map(
    (cause) => `  - ${cause.field ? `${cause.field}: ` : ''}${cause.message ?? cause.reason ?? ''}`
  )
  return causes.length > 0 ? `\n${causes.join('\n')}` : ''
}

/** The error to throw for an answer the cluster gave with an error status. */
export function errorForStatus(
  code: number,
  status: KubernetesStatus | undefined,
  call: CallContext
): Error {
  const reason = status?.reason
  const said = status?.message ?? `HTTP ${code}${reason ? ` ${reason}` : ''}`
  if (code === 401) {
    return new KubernetesRefusal(
      `${call.what} was refused (401 Unauthorized): the cluster did not accept the credentials of ${call.cluster}; renew them (a fresh kubeconfig secret, or the cloud login step before mxdeploy) and run again`,
      code,
      reason
    )
  }
  if (code === 403) {
    return new KubernetesRefusal(
      `${call.what} was refused (403 Forbidden: ${said}): the kubeconfig's user needs, in namespace ${call.namespace}, get, list, create and patch on mendixapps.privatecloud.mendix.com and list on events (see docs/kubernetes.md for a Role)`,
      code,
      reason
    )
  }
  if (code === 404 && status?.details?.kind === 'namespaces') {
    return new KubernetesRefusal(
      `${call.what} failed: ${said}; correct target.namespace, or create the namespace and install the Mendix Operator in it`,
      code,
      reason
    )
  }
  if (code === 409 && status && conflicts(status).length > 0) {
    const found = conflicts(status)
    const lines = found.map((c) => `  - ${c.field} (managed by "${c.manager}")`).join('\n')
    return new FieldConflictError(
      `${call.what} was refused, and nothing was applied: ${found.length === 1 ? 'a field' : 'fields'} mxdeploy sets ${found.length === 1 ? 'is' : 'are'} owned by another field manager with another value:\n${lines}\nSomeone changed ${found.length === 1 ? 'it' : 'them'} outside mxdeploy (kubectl edit, kubectl apply, another tool). Put the value you want in mxdeploy.yml and set target.force-conflicts: true to take ${found.length === 1 ? 'it' : 'them'} over, or undo the change where it was made.`,
      found
    )
  }
  if (code === 422) {
    return new KubernetesRefusal(
      `${call.what} was refused by the cluster as invalid (422): ${said}${invalidDetail(status ?? {})}\nCorrect the target's settings in mxdeploy.yml; nothing was applied.`,
      code,
      reason
    )
  }
  return new KubernetesApiError(
    `${call.what} failed with HTTP ${code}${reason ? ` ${reason}` : ''}: ${said}`,
    code,
    reason
  )
}
