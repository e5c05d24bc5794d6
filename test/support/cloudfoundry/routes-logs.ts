import { cfError, ok, type Call, type Reply, type Route } from './routing.js'

/**
 * log-cache's read endpoint (go-log-cache client.go, api/v1/egress.proto): `GET
 * /api/v1/read/<source id>` with `envelope_types`, `limit` (1–1000), `descending`, `start_time`
 * and `end_time` in nanoseconds; the answer is protobuf JSON: int64 timestamps as strings, log
 * payloads base64, tags with `source_type`.
 */
function read(call: Call, [sourceId]: string[]): Reply {
  const limit = Number(call.query.get('limit') ?? '100')
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    return { status: 400, body: { error: 'limit must be between 1 and 1000' } }
  }
  const types = call.query.getAll('envelope_types')
  if (types.some((t) => !['ANY', 'LOG', 'COUNTER', 'GAUGE', 'TIMER', 'EVENT'].includes(t))) {
    return { status: 400, body: { error: 'invalid envelope_types' } }
  }
  let start: bigint
  let end: bigint
  try {
    start = BigInt(call.query.get('start_time') ?? '0')
    end = BigInt(call.query.get('end_time') ?? String(BigInt(Date.now() + 60_000) * 1_000_000n))
  } catch {
    return cfError(400, 'bad_request', 0, 'start_time and end_time are nanoseconds')
  }
  const envelopes = call.state.envelopes.filter(
    (e) => e.appGuid === sourceId && e.timestamp >= start && e.timestamp < end
  )
  if (call.query.get('descending') === 'true') envelopes.reverse()
  return ok({
    envelopes: {
      batch: envelopes.slice(0, limit).map((e) => ({
        timestamp: e.timestamp.toString(),
        source_id: e.appGuid,
        instance_id: e.instanceId,
        tags: { source_type: e.sourceType },
        log: {
          payload: Buffer.from(e.text).toString('base64'),
          ...(e.type === 'ERR' ? { type: 'ERR' } : {})
        }
      }))
    }
  })
}

export const logRoutes: Route[] = [
  {
    name: 'log-cache-read',
    method: 'GET',
    pattern: /^\/log-cache\/api\/v1\/read\/([^/]+)$/,
    auth: 'bearer',
    query: ['envelope_types', 'limit', 'descending', 'start_time', 'end_time', 'name_filter'],
    handler: read
  }
]
