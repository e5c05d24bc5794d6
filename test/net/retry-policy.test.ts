import { describe, expect, it } from 'vitest'
import { ConfigurationError, OperationError } from '../../src/errors.js'
import {
  backoffDelay,
  RetriesExhaustedError,
  RetryBudget,
  TransientError,
  withRetries
} from '../../src/net/retry-policy.js'
import { retrySettingsFromEnv } from '../../src/net/retry-settings.js'
import { isTransientCode, retryAfterMs, TRANSIENT_STATUSES } from '../../src/net/transient.js'
import { testPolicy } from '../support/retry.js'

const task = { what: 'GET /thing', advice: 'try again later' }

/** An attempt that fails `times` times with `error`, then answers 'done'. */
function failing(times: number, error: () => Error) {
  let calls = 0
  const attempt = (): Promise<string> =>
    ++calls <= times ? Promise.reject(error()) : Promise.resolve('done')
  return { attempt, calls: () => calls }
}

describe('the retry policy', () => {
  it('waits with full jitter below a ceiling that doubles up to the maximum', () => {
    const policy = testPolicy({ random: () => 0.999 })
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((retry) => backoffDelay(policy, retry))).toEqual([
      999, 1998, 3996, 7992, 15984, 29970, 29970, 29970
    ])
    const low = testPolicy({ random: () => 0 })
    expect(backoffDelay(low, 3)).toBe(0)
  })

  it('retries transient failures and returns the answer, waiting the seeded backoff', async () => {
    const policy = testPolicy()
    const { attempt, calls } = failing(3, () => new TransientError('HTTP 503'))
    expect(await withRetries(policy, task, attempt)).toBe('done')
    expect(calls()).toBe(4)
    expect(policy.clock.sleeps).toHaveLength(3)
    policy.clock.sleeps.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(0)
      expect(wait).toBeLessThan(1000 * 2 ** i)
    })
    // Seeded: the same seed gives the same schedule.
    const again = testPolicy()
    await withRetries(again, task, failing(3, () => new TransientError('HTTP 503')).attempt)
    expect(again.clock.sleeps).toEqual(policy.clock.sleeps)
  })

  it('waits exactly what Retry-After asks instead of the backoff', async () => {
    const policy = testPolicy()
    const { attempt } = failing(2, () => new TransientError('HTTP 429', { retryAfterMs: 7000 }))
    await withRetries(policy, task, attempt)
    expect(policy.clock.sleeps).toEqual([7000, 7000])
  })

  it('passes any other error through at once', async () => {
    const policy = testPolicy()
    const { attempt, calls } = failing(1, () => new OperationError('HTTP 400'))
    await expect(withRetries(policy, task, attempt)).rejects.toThrow('HTTP 400')
    expect(calls()).toBe(1)
    expect(policy.clock.sleeps).toEqual([])
  })

  it('gives up after the attempts allowed, saying what, how often, how long and what to do', async () => {
    const policy = testPolicy({ maxAttempts: 4, random: () => 0.5 })
    const { attempt, calls } = failing(Infinity, () => new TransientError('HTTP 503'))
    const error = await withRetries(policy, task, attempt).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RetriesExhaustedError)
    expect(error).toBeInstanceOf(OperationError)
    expect(calls()).toBe(4)
    expect(policy.clock.sleeps).toEqual([500, 1000, 2000])
    expect((error as Error).message).toBe(
      'GET /thing failed 4 times over 3.5 s (HTTP 503): try again later'
    )
    expect((error as RetriesExhaustedError).attempts).toBe(4)
    expect((error as Error).cause).toBeInstanceOf(TransientError)
  })

  it('gives up when the time allowed is spent, never sleeping past it', async () => {
    const policy = testPolicy({ deadlineMs: 10_000, maxAttempts: 100, random: () => 0.999 })
    const { attempt } = failing(Infinity, () => new TransientError('reset'))
    const error = await withRetries(policy, task, attempt).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RetriesExhaustedError)
    // 999 + 1998 + 3996 = 6993; the next backoff (7992) is cut to the 3007 ms left.
    expect(policy.clock.sleeps).toEqual([999, 1998, 3996, 3007])
    expect((error as Error).message).toBe(
      'GET /thing failed 5 times over 10 s (reset): try again later'
    )
  })

  it('gives up at once when Retry-After asks for more than the time left', async () => {
    const policy = testPolicy({ deadlineMs: 60_000 })
    const { attempt } = failing(
      Infinity,
      () => new TransientError('HTTP 429', { retryAfterMs: 3_600_000 })
    )
    const error = await withRetries(policy, task, attempt).catch((e: unknown) => e)
    expect(policy.clock.sleeps).toEqual([])
    expect((error as Error).message).toBe(
      'GET /thing failed once over 0.0 s (HTTP 429; it asked to wait 60 min 0 s, more than the 60 s left of the 60 s allowed): try again later'
    )
  })

  it('starts the count again when a transfer makes progress', async () => {
    const policy = testPolicy({ maxAttempts: 3 })
    const budget = new RetryBudget(policy, task)
    const lines: string[] = []
    const logged = new RetryBudget(policy, { ...task, onRetry: (line) => lines.push(line) })
    await budget.failed(new TransientError('cut'))
    await budget.failed(new TransientError('cut'))
    budget.progressed()
    await budget.failed(new TransientError('cut'))
    await budget.failed(new TransientError('cut'))
    await expect(budget.failed(new TransientError('cut'))).rejects.toThrow(/failed 3 times/)
    await logged.failed(new TransientError('HTTP 503', { retryAfterMs: 2000 }))
    await logged.failed(new TransientError('GET /thing failed with HTTP 502', { retryAfterMs: 0 }))
    expect(lines).toEqual([
      'GET /thing: HTTP 503; trying again in 2.0 s (attempt 2 of 3)',
      'GET /thing failed with HTTP 502; trying again in 0.0 s (attempt 3 of 3)'
    ])
  })
})

describe('what counts as transient', () => {
  it('is 408, 429 and the gateway and server failures; network faults, not refusals', () => {
    expect([...TRANSIENT_STATUSES].sort()).toEqual([408, 429, 500, 502, 503, 504])
    for (const code of ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']) {
      expect(isTransientCode(code)).toBe(true)
    }
    for (const code of ['ENOTFOUND', 'ENOENT', 'ENOSPC', 'CERT_HAS_EXPIRED', undefined]) {
      expect(isTransientCode(code)).toBe(false)
    }
  })

  it('reads Retry-After as seconds or as an HTTP-date, ignoring anything else', () => {
    const now = Date.UTC(2026, 2, 1, 10, 0, 0)
    expect(retryAfterMs('7', now)).toBe(7000)
    expect(retryAfterMs(['0'], now)).toBe(0)
    expect(retryAfterMs('Sun, 01 Mar 2026 10:00:12 GMT', now)).toBe(12_000)
    expect(retryAfterMs('Sunday, 01-Mar-26 10:01:00 GMT', now)).toBe(60_000)
    expect(retryAfterMs('Sun Mar  1 10:00:30 2026', now)).toBe(30_000)
    expect(retryAfterMs('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0)
    for (const bad of [undefined, '', '-5', '1.5', 'soon', 'Mon, 99 Foo 2026 GMT']) {
      expect(retryAfterMs(bad, now)).toBeUndefined()
    }
  })

  it('takes the deadline from MXDEPLOY_RETRY_SECONDS and refuses a bad one', () => {
    expect(retrySettingsFromEnv({}).deadlineMs).toBe(300_000)
    expect(retrySettingsFromEnv({ MXDEPLOY_RETRY_SECONDS: ' 30 ' }).deadlineMs).toBe(30_000)
    expect(retrySettingsFromEnv({ MXDEPLOY_RETRY_SECONDS: '0' }).deadlineMs).toBe(0)
    for (const bad of ['-1', '3601', '1.5', 'ten']) {
      expect(() => retrySettingsFromEnv({ MXDEPLOY_RETRY_SECONDS: bad })).toThrow(
        ConfigurationError
      )
    }
    expect(() => retrySettingsFromEnv({ MXDEPLOY_RETRY_SECONDS: 'ten' })).toThrow(
      'MXDEPLOY_RETRY_SECONDS="ten" is not a whole number of seconds between 0 and 3600'
    )
  })
})
