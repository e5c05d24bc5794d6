import { errorMessage } from '../../errors.js'
import type { CfContext } from './context.js'

/** One envelope of log-cache's read answer (protobuf JSON: int64 as string, bytes as base64). */
interface Envelope {
  timestamp?: string | number
  tags?: Record<string, string>
  log?: { payload?: string; type?: string }
}

export interface LogQuery {
  appGuid: string
  /** Lines from this time on (an ISO time of the platform, such as the build's created_at). */
  since: string | undefined
  /** Which lines: `STG` for staging, `APP/PROC/WEB` for the app. */
  sourceType: (type: string) => boolean
  /** How many of the last lines. */
  lines: number
}

/** An envelope's time in nanoseconds; 0 when it has none readable. */
function stamp(envelope: Envelope): bigint {
  try {
    return BigInt(envelope.timestamp ?? 0)
  } catch {
    return 0n
  }
}

function nanoseconds(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN
  return Number.isNaN(ms) ? '0' : (BigInt(ms) * 1_000_000n).toString()
}

/**
 * The app's last log lines of one kind from log-cache, as `cf logs --recent` reads them
 * (`/api/v1/read/<app guid>`, LOG envelopes, newest first, then put in order). Undefined with
 * the reason when the platform has no log-cache or it cannot be read: a failure being reported
 * must not be hidden by its logs.
 */
export async function recentLogLines(
  context: CfContext,
  query: LogQuery
): Promise<{ lines: string[] } | { unavailable: string }> {
  if (!context.logCache) return { unavailable: 'the platform names no log-cache' }
  const params = new URLSearchParams({
    envelope_types: 'LOG',
    limit: '1000',
    descending: 'true',
    start_time: nanoseconds(query.since)
  })
  let body: { envelopes?: { batch?: Envelope[] } }
  try {
    body = await context.http.json({
      method: 'GET',
      url: `${context.logCache}/api/v1/read/${encodeURIComponent(query.appGuid)}?${params.toString()}`,
      what: `reading the recent logs of app ${context.config.app}`
    })
  } catch (error) {
    return { unavailable: errorMessage(error) }
  }
  const envelopes = (body?.envelopes?.batch ?? [])
    .filter((e) => e.log && query.sourceType(e.tags?.['source_type'] ?? ''))
    .sort((a, b) => {
      const [x, y] = [stamp(a), stamp(b)]
      return x < y ? -1 : x > y ? 1 : 0
    })
  const lines = envelopes.flatMap((e) =>
    Buffer.from(e.log?.payload ?? '', 'base64')
      .toString('utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
  )
  return { lines: lines.slice(-query.lines) }
}

/** The lines indented under a message, or the reason they are missing and where to look. */
export function formatLogLines(
  found: { lines: string[] } | { unavailable: string },
  kind: string,
  app: string
): string {
  if ('unavailable' in found) {
    return `(the ${kind} log could not be read: ${found.unavailable}; cf logs ${app} --recent shows it)`
  }
  if (found.lines.length === 0) return `(the ${kind} log is empty; cf logs ${app} --recent)`
  return `the last lines of the ${kind} log:\n${found.lines.map((line) => `    ${line}`).join('\n')}`
}
