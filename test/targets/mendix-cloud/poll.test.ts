import { describe, expect, it } from 'vitest'
import { MendixApiError } from '../../../src/targets/mendix-cloud/api-errors.js'
import { MendixNetworkError } from '../../../src/targets/mendix-cloud/http-client.js'
import {
  backoffDelays,
  DEFAULT_BACKOFF,
  pollUntil,
  PollTimeoutError,
  type Clock
} from '../../../src/targets/mendix-cloud/poll.js'
import { MemoryLogger } from '../../support/mendix-cloud/workspace.js'

/** Time that passes only when the poller sleeps, so schedules are checked exactly and at once. */
class VirtualClock implements Clock {
  time = 0
  readonly sleeps: number[] = []
  now(): number {
    return this.time
  }
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
    return Promise.resolve()
  }
}

/** A job that is done from `readyAt` (virtual ms) on; counts how often it was asked. */
function job(clock: VirtualClock, readyAt: number) {
  const seen = { checks: 0, at: -1 }
  return {
    seen,
    check: () => {
      seen.checks++
      if (clock.now() >= readyAt) {
        seen.at = clock.now()
        return Promise.resolve({ done: true as const, value: 'done' })
      }
      return Promise.resolve({ done: false as const, status: 'Running' })
    }
  }
}

describe('polling with backoff', () => {
  it('starts at 250 ms and doubles up to 10 s', () => {
    const delays = backoffDelays(DEFAULT_BACKOFF)
    const first = Array.from({ length: 9 }, () => delays.next().value)
    expect(first).toEqual([250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000])
  })

  it('sees a job that takes 3 s after about 3 s, not after a fixed minute', async () => {
    const clock = new VirtualClock()
    const { seen, check } = job(clock, 3000)
    const log = new MemoryLogger()
    const value = await pollUntil({
      what: 'upload job 1',
      timeoutMs: 600_000,
      backoff: DEFAULT_BACKOFF,
      clock,
      log,
      check
    })
    expect(value).toBe('done')
    expect(seen.at).toBe(3750)
    expect(seen.checks).toBe(5)
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000])
  })

  it('never waits more than the cap between polls of a long job', async () => {
    const clock = new VirtualClock()
    const { seen, check } = job(clock, 60_000)
    await pollUntil({
      what: 'start job',
      timeoutMs: 600_000,
      backoff: DEFAULT_BACKOFF,
      clock,
      log: new MemoryLogger(),
      check
    })
    expect(Math.max(...clock.sleeps)).toBe(10_000)
    expect(seen.at - 60_000).toBeLessThan(10_000)
  })

  it('fails at the deadline with what it waited for and its last status', async () => {
    const clock = new VirtualClock()
    const { check } = job(clock, Number.POSITIVE_INFINITY)
    const log = new MemoryLogger()
    const error = await pollUntil({
      what: 'backup snapshot 7',
      timeoutMs: 45_000,
      backoff: DEFAULT_BACKOFF,
      clock,
      log,
      check
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PollTimeoutError)
    expect((error as Error).message).toBe(
      'backup snapshot 7 was still Running after 45 s, the time allowed'
    )
    expect(clock.time).toBe(45_000)
    // A progress line when the status first shows, then one at least every 30 s.
    expect(log.lines).toEqual([
      '  backup snapshot 7: Running (0.0 s)',
      '  backup snapshot 7: Running (36 s)'
    ])
  })

  it('polls through a network fault or a bare 503, not through a documented error', async () => {
    const clock = new VirtualClock()
    let calls = 0
    const value = await pollUntil({
      what: 'job',
      timeoutMs: 60_000,
      backoff: DEFAULT_BACKOFF,
      clock,
      log: new MemoryLogger(),
      check: () => {
        calls++
        if (calls === 1) return Promise.reject(new MendixNetworkError('job: cannot reach host'))
        if (calls === 2) return Promise.reject(new MendixApiError('job failed', 503, undefined, ''))
        return Promise.resolve({ done: true as const, value: calls })
      }
    })
    expect(value).toBe(3)

    const documented = new MendixApiError(
      'start failed with MISSING_CONSTANT',
      500,
      'MISSING_CONSTANT',
      'x'
    )
    await expect(
      pollUntil({
        what: 'job',
        timeoutMs: 60_000,
        backoff: DEFAULT_BACKOFF,
        clock,
        log: new MemoryLogger(),
        check: () => Promise.reject(documented)
      })
    ).rejects.toBe(documented)
  })
})
