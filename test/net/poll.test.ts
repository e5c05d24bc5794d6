import { describe, expect, it } from 'vitest'
import { backoffDelays, DEFAULT_BACKOFF, pollUntil, PollTimeoutError } from '../../src/net/poll.js'
import { silentLogger } from '../../src/log.js'
import { VirtualClock } from '../support/retry.js'

class Flaky extends Error {}

describe('polling with bounded adaptive waits', () => {
  it('starts at 250 ms and doubles up to 10 s', () => {
    const delays = backoffDelays(DEFAULT_BACKOFF)
    expect(Array.from({ length: 8 }, () => delays.next().value)).toEqual([
      250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000
    ])
  })

  it('sees a change soon, reports each new status once, and polls through transient faults', async () => {
    const clock = new VirtualClock()
    const started = clock.now()
    const lines: string[] = []
    const answers = ['STAGING', 'fault', 'STAGING', 'UPLOADING', 'STAGED']
    const value = await pollUntil({
      what: 'build 1',
      timeoutMs: 60_000,
      backoff: DEFAULT_BACKOFF,
      clock,
      log: { ...silentLogger, info: (line) => lines.push(line) },
      isTransient: (error) => error instanceof Flaky,
      check: () => {
        const next = answers.shift()!
        if (next === 'fault') return Promise.reject(new Flaky('connection reset'))
        return Promise.resolve(
          next === 'STAGED' ? { done: true, value: 'droplet' } : { done: false, status: next }
        )
      }
    })
    expect(value).toBe('droplet')
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000])
    expect(clock.now() - started).toBe(3750)
    expect(lines).toEqual([
      '  build 1: STAGING (0.0 s)',
      '  build 1: no answer (connection reset) (0.3 s)',
      '  build 1: STAGING (0.8 s)',
      '  build 1: UPLOADING (1.8 s)'
    ])
  })

  it('stops at its time limit with the last status, and lets other faults through', async () => {
    const clock = new VirtualClock()
    const poll = (check: () => Promise<{ done: false; status: string }>) =>
      pollUntil({
        what: 'deployment 2',
        timeoutMs: 5000,
        backoff: DEFAULT_BACKOFF,
        clock,
        log: silentLogger,
        isTransient: () => false,
        check
      })
    const late = await poll(() =>
      Promise.resolve({ done: false, status: 'ACTIVE DEPLOYING' })
    ).catch((e: unknown) => e)
    expect(late).toBeInstanceOf(PollTimeoutError)
    expect((late as PollTimeoutError).message).toBe(
      'deployment 2 was still ACTIVE DEPLOYING after 5.0 s, the time allowed'
    )
    await expect(poll(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
  })
})
