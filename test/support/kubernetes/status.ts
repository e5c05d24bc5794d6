/**
 * `Status` bodies as the API server writes them (kubernetes/apimachinery pkg/api/errors and
 * pkg/apis/meta/v1 types.go): kind Status, apiVersion v1, status Failure, message, reason,
 * details, code. A cause's type goes under the JSON key `reason`.
 */
export interface StatusCause {
  reason: string
  message: string
  field?: string
}

export interface StatusBody {
  kind: 'Status'
  apiVersion: 'v1'
  metadata: Record<string, never>
  status: 'Failure' | 'Success'
  message: string
  reason: string
  details?: {
    name?: string
    group?: string
    kind?: string
    causes?: StatusCause[]
    retryAfterSeconds?: number
  }
  code: number
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

function failure(
  code: number,
  reason: string,
  message: string,
  details?: StatusBody['details']
): Reply {
  const body: StatusBody = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code
  }
  return { status: code, body }
}

/** `group/resource` as apimachinery's GroupResource.String() writes it. */
function qualified(resource: string, group: string): string {
  return group ? `${resource}.${group}` : resource
}

export const statuses = {
  notFound: (resource: string, group: string, name: string): Reply =>
    failure(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, {
      name,
      ...(group ? { group } : {}),
      kind: resource
    }),
  /** The answer for a path the server does not serve at all. */
  noRoute: (): Reply =>
    failure(404, 'NotFound', 'the server could not find the requested resource', {}),
  invalid: (kind: string, group: string, name: string, causes: StatusCause[]): Reply =>
    failure(
      422,
      'Invalid',
      `${qualified(kind, group)} "${name}" is invalid: ${
        causes.length === 1
          ? `${causes[0]!.field}: ${causes[0]!.message}`
          : `[${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}]`
      }`,
      { name, group, kind, causes }
    ),
  /**
   * Server-side apply conflict (pkg/util/managedfields/internal/conflict.go): the other manager
   * quoted, with " using <apiVersion>" when its entry is an Update, grouped by manager.
   */
  applyConflict: (conflicts: { manager: string; using?: string; field: string }[]): Reply => {
    const who = (c: { manager: string; using?: string }): string =>
      `"${c.manager}"${c.using ? ` using ${c.using}` : ''}`
    const groups = new Map<string, string[]>()
    for (const c of conflicts) groups.set(who(c), [...(groups.get(who(c)) ?? []), c.field])
    const message =
      conflicts.length === 1
        ? `Apply failed with 1 conflict: conflict with ${who(conflicts[0]!)}: ${conflicts[0]!.field}`
        : `Apply failed with ${conflicts.length} conflicts: ${[...groups.keys()]
            .sort()
            .map(
              (manager) =>
                `conflicts with ${manager}:\n${groups
                  .get(manager)!
                  .map((f) => `- ${f}`)
                  .join('\n')}`
            )
            .join('\n')}`
    return failure(409, 'Conflict', message, {
      causes: conflicts.map((c) => ({
        reason: 'FieldManagerConflict',
        message: `conflict with ${who(c)}`,
        field: c.field
      }))
    })
  },
  badRequest: (message: string): Reply => failure(400, 'BadRequest', message),
  unauthorized: (): Reply => failure(401, 'Unauthorized', 'Unauthorized'),
  forbidden: (
    verb: string,
    resource: string,
    group: string,
    namespace: string,
    user: string
  ): Reply =>
    failure(
      403,
      'Forbidden',
      `${qualified(resource, group)} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${group}" in the namespace "${namespace}"`,
      { group, kind: resource }
    ),
  methodNotAllowed: (): Reply =>
    failure(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource'
    ),
  unsupportedMediaType: (type: string): Reply =>
    failure(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml (got ${type})`
    ),
  internal: (message: string): Reply =>
    failure(500, 'InternalError', `Internal error occurred: ${message}`),
  tooManyRequests: (seconds: number): Reply => ({
    ...failure(
      429,
      'TooManyRequests',
      'the server has received too many requests and has asked us to try again later',
      { retryAfterSeconds: seconds }
    ),
    headers: { 'Retry-After': String(seconds) }
  }),
  unavailable: (): Reply =>
    failure(503, 'ServiceUnavailable', 'the server is currently unable to handle the request')
}
