/**
 * The messages of `github.actions.results.api.v1.ArtifactService` (results/api/v1/artifact.proto,
 * as generated into @actions/artifact 6 lib/generated/results/api/v1/artifact.js), written out by
 * hand so the fake does not trust the client it tests; test/artifact/contract.test.ts compares
 * this table with the client's generated descriptors, so a client upgrade that changes a message
 * fails loudly. Field names are the proto names: the Twirp JSON client sends
 * `toJson({ useProtoFieldName: true })`.
 */
export type FieldType =
  | 'string'
  | 'int32'
  | 'int64'
  | 'bool'
  | 'google.protobuf.StringValue'
  | 'google.protobuf.Int64Value'
  | 'google.protobuf.Timestamp'
  | 'MonolithArtifact[]'

export type MessageSchema = Readonly<Record<string, FieldType>>

const ids = {
  workflow_run_backend_id: 'string',
  workflow_job_run_backend_id: 'string'
} as const

export const REQUESTS = {
  CreateArtifact: {
    ...ids,
    name: 'string',
    expires_at: 'google.protobuf.Timestamp',
    version: 'int32',
    mime_type: 'google.protobuf.StringValue'
  },
  FinalizeArtifact: { ...ids, name: 'string', size: 'int64', hash: 'google.protobuf.StringValue' },
  ListArtifacts: {
    ...ids,
    name_filter: 'google.protobuf.StringValue',
    id_filter: 'google.protobuf.Int64Value'
  },
  GetSignedArtifactURL: { ...ids, name: 'string' },
  DeleteArtifact: { ...ids, name: 'string' }
} as const satisfies Record<string, MessageSchema>

export const RESPONSES = {
  CreateArtifact: { ok: 'bool', signed_upload_url: 'string' },
  FinalizeArtifact: { ok: 'bool', artifact_id: 'int64' },
  ListArtifacts: { artifacts: 'MonolithArtifact[]' },
  GetSignedArtifactURL: { signed_url: 'string' },
  DeleteArtifact: { ok: 'bool', artifact_id: 'int64' }
} as const satisfies Record<string, MessageSchema>

/** ListArtifactsResponse.MonolithArtifact. */
export const MONOLITH_ARTIFACT = {
  ...ids,
  database_id: 'int64',
  name: 'string',
  size: 'int64',
  created_at: 'google.protobuf.Timestamp',
  digest: 'google.protobuf.StringValue'
} as const satisfies MessageSchema

export type Method = keyof typeof REQUESTS

export function isMethod(name: string): name is Method {
  return Object.hasOwn(REQUESTS, name)
}

/** lowerCamelCase JSON name of a proto field; proto3 JSON parsers accept both spellings. */
function jsonName(field: string): string {
  return field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

function integer(value: unknown, bits: 32 | 64): bigint | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value)
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const n = BigInt(value)
    const limit = bits === 32 ? 2n ** 31n : 2n ** 63n
    return n >= -limit && n < limit ? n : undefined
  }
  return undefined
}

/** A decoded request field: strings, bigints for integers, Date for timestamps. */
export type FieldValue = string | bigint | boolean | Date

function decodeField(type: FieldType, value: unknown): FieldValue | undefined {
  switch (type) {
    case 'string':
    case 'google.protobuf.StringValue':
      return typeof value === 'string' ? value : undefined
    case 'int32':
      return integer(value, 32)
    case 'int64':
    case 'google.protobuf.Int64Value':
      return integer(value, 64)
    case 'bool':
      return typeof value === 'boolean' ? value : undefined
    case 'google.protobuf.Timestamp': {
      if (typeof value !== 'string' || !RFC3339.test(value)) return undefined
      const date = new Date(value)
      return Number.isNaN(date.getTime()) ? undefined : date
    }
    case 'MonolithArtifact[]':
      return undefined
  }
}

/**
 * Decodes a request body the way a proto3 JSON parser that rejects unknown fields does (Twirp
 * answers `malformed` otherwise). Absent fields and JSON null are left out.
 */
export function decodeMessage(
  schema: MessageSchema,
  body: unknown
): { fields: Record<string, FieldValue> } | { problem: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { problem: 'the body is not a JSON object' }
  }
  const known = new Map<string, string>()
  for (const field of Object.keys(schema)) {
    known.set(field, field)
    known.set(jsonName(field), field)
  }
  const fields: Record<string, FieldValue> = {}
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const field = known.get(key)
    if (!field) return { problem: `unknown field "${key}"` }
    if (value === null) continue
    if (field in fields) return { problem: `field "${field}" is given twice` }
    const decoded = decodeField(schema[field]!, value)
    if (decoded === undefined) {
      return { problem: `field "${key}" is not a valid ${schema[field]}: ${JSON.stringify(value)}` }
    }
    fields[field] = decoded
  }
  return { fields }
}

/** A Timestamp in proto3 JSON: RFC 3339, UTC, with the fraction only when there is one. */
export function timestamp(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

/** Twirp error codes and the HTTP statuses the Twirp spec maps them to. */
export const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503
} as const
export type TwirpCode = keyof typeof TWIRP_STATUS

/** A Twirp error answer: `{ code, msg }` with the code's HTTP status. */
export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
    /** The client broke the contract (fails the test) rather than hit a state the service refuses. */
    readonly violation = false
  ) {
    super(message)
  }
}
