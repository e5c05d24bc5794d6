import { describe, expect, it } from 'vitest'
import type { CfContext } from '../../../src/targets/cloudfoundry/context.js'
import { formatLogLines, recentLogLines } from '../../../src/targets/cloudfoundry/log-cache.js'

/** A context whose log-cache answers `body` (protobuf JSON, as go-log-cache decodes it). */
function answering(body: unknown, logCache = 'https://log-cache.example.org') {
  const asked: string[] = []
  const context = {
    logCache: logCache || undefined,
    config: { app: 'hello-acc' },
    http: {
      json: (request: { url: string }) => {
        asked.push(request.url)
        return Promise.resolve(body)
      }
    }
  } as unknown as CfContext
  return { context, asked }
}

const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('the recent lines of log-cache', () => {
  it('keeps one source type, puts lines in time order, and reads both timestamp encodings', async () => {
    const { context, asked } = answering({
      envelopes: {
        batch: [
          // Newest first, as `descending=true` gives them; int64 as a string or a number.
          {
            timestamp: '1712345678000000300',
            tags: { source_type: 'STG' },
            log: { payload: b64('third\n'), type: 'ERR' }
          },
          {
            timestamp: 1712345678000000,
            tags: { source_type: 'APP/PROC/WEB' },
            log: { payload: b64('app line\n') }
          },
          {
            timestamp: '1712345678000000200',
            tags: { source_type: 'STG' },
            log: { payload: b64('second\r\n\n') }
          },
          {
            timestamp: '1712345678000000100',
            tags: { source_type: 'STG' },
            log: { payload: b64('first\n') }
          },
          { timestamp: '1712345678000000150', tags: { source_type: 'STG' }, counter: { name: 'x' } }
        ]
      }
    })
    const found = await recentLogLines(context, {
      appGuid: 'a1',
      since: '2024-04-05T19:34:38Z',
      sourceType: (type) => type === 'STG',
      lines: 2
    })
    expect(found).toEqual({ lines: ['second', 'third'] })
    const url = new URL(asked[0]!)
    expect(url.pathname).toBe('/api/v1/read/a1')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      envelope_types: 'LOG',
      limit: '1000',
      descending: 'true',
      start_time: '1712345678000000000'
    })
  })

  it('says where to look when there is no log-cache or nothing in it', async () => {
    const none = await recentLogLines(answering({}, '').context, {
      appGuid: 'a1',
      since: undefined,
      sourceType: () => true,
      lines: 5
    })
    expect(formatLogLines(none, 'staging', 'hello-acc')).toBe(
      '(the staging log could not be read: the platform names no log-cache; cf logs hello-acc --recent shows it)'
    )
    const empty = await recentLogLines(answering({ envelopes: {} }).context, {
      appGuid: 'a1',
      since: undefined,
      sourceType: () => true,
      lines: 5
    })
    expect(formatLogLines(empty, 'app', 'hello-acc')).toBe(
      '(the app log is empty; cf logs hello-acc --recent)'
    )
  })
})
