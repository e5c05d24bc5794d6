import { describe, expect, it } from 'vitest'
import { doraMetrics, weekStart } from '../../src/dashboard/dora.js'
import { newestFirst, record } from './support/records.js'

const ENVIRONMENTS = ['test', 'production']
const NOW = new Date('2024-05-15T12:00:00Z') // a Wednesday

function metrics(history: ReturnType<typeof record>[], commitTimes = new Map<string, string>()) {
  return doraMetrics({
    history: newestFirst(history),
    environments: ENVIRONMENTS,
    production: 'production',
    commitTimes,
    now: NOW
  })
}

describe('weekStart', () => {
  it('is the Monday 00:00 UTC of the ISO week', () => {
    const monday = Date.parse('2024-05-13T00:00:00Z')
    for (const day of ['2024-05-13T00:00:00Z', '2024-05-15T12:00:00Z', '2024-05-19T23:59:59Z']) {
      expect(new Date(weekStart(Date.parse(day))).toISOString(), day).toBe(
        new Date(monday).toISOString()
      )
    }
    expect(new Date(weekStart(Date.parse('2024-05-12T23:59:59Z'))).toISOString()).toBe(
      '2024-05-06T00:00:00.000Z'
    )
  })
})

describe('doraMetrics', () => {
  it('counts successful deploys and rollbacks per week and environment, nothing else', () => {
    const m = metrics([
      record({ time: '2024-05-06T09:00:00Z' }),
      record({ time: '2024-05-07T09:00:00Z', operation: 'rollback' }),
      record({ time: '2024-05-08T09:00:00Z', result: 'failure' }),
      record({ time: '2024-05-08T10:00:00Z', operation: 'restart', package: null }),
      record({ time: '2024-05-08T11:00:00Z', operation: 'reconciled' }),
      record({ time: '2024-05-14T09:00:00Z', environment: 'production' })
    ])
    // At least eight weeks, ending with the week of now.
    expect(m.weeks).toHaveLength(8)
    expect(m.weeks.at(-1)).toBe('2024-05-13')
    expect(m.weeks.at(-2)).toBe('2024-05-06')
    expect(m.deploymentsPerWeek).toEqual([
      { environment: 'test', counts: [0, 0, 0, 0, 0, 0, 2, 0] },
      { environment: 'production', counts: [0, 0, 0, 0, 0, 0, 0, 1] }
    ])
  })

  it('covers at most 26 weeks, leaving older deployments out', () => {
    const m = metrics([
      record({ time: '2023-01-02T09:00:00Z' }),
      record({ time: '2024-05-14T09:00:00Z' })
    ])
    expect(m.weeks).toHaveLength(26)
    expect(m.deploymentsPerWeek[0]!.counts.reduce((a, b) => a + b)).toBe(1)
  })

  it('measures lead time from the commit to production, with the median', () => {
    const m = metrics(
      [
        record({
          environment: 'production',
          time: '2024-05-14T12:00:00Z',
          commit: 'aaa1111',
          version: '1.0.0.1'
        }),
        record({
          environment: 'production',
          time: '2024-05-15T00:00:00Z',
          commit: 'bbb2222',
          version: '1.0.0.2'
        }),
        record({
          environment: 'production',
          time: '2024-05-15T06:00:00Z',
          commit: 'ccc3333',
          version: '1.0.0.3'
        }),
        // Rollbacks, failures, other environments and settings-only deploys bring no change.
        record({
          environment: 'production',
          time: '2024-05-15T07:00:00Z',
          commit: 'aaa1111',
          operation: 'rollback'
        }),
        record({
          environment: 'production',
          time: '2024-05-15T08:00:00Z',
          commit: 'ccc3333',
          result: 'failure'
        }),
        record({
          environment: 'production',
          time: '2024-05-15T09:00:00Z',
          commit: 'ccc3333',
          details: { settingsOnly: true }
        }),
        record({ environment: 'test', time: '2024-05-15T10:00:00Z', commit: 'ccc3333' }),
        // Its commit time is not known.
        record({ environment: 'production', time: '2024-05-15T11:00:00Z', commit: 'ddd4444' })
      ],
      new Map([
        ['aaa1111', '2024-05-14T10:00:00.000Z'],
        ['bbb2222', '2024-05-14T12:00:00.000Z'],
        ['ccc3333', '2024-05-14T06:00:00.000Z']
      ])
    )
    expect(m.leadTime.points.map((p) => [p.version, p.hours])).toEqual([
      ['1.0.0.1', 2],
      ['1.0.0.2', 12],
      ['1.0.0.3', 24]
    ])
    expect(m.leadTime.medianHours).toBe(12)
    expect(m.leadTime.unknown).toBe(1)
  })

  it('the median of an even count is the mean of the middle two; none without points', () => {
    const two = metrics(
      [
        record({ environment: 'production', time: '2024-05-14T12:00:00Z', commit: 'aaa1111' }),
        record({ environment: 'production', time: '2024-05-14T13:00:00Z', commit: 'bbb2222' })
      ],
      new Map([
        ['aaa1111', '2024-05-14T11:00:00.000Z'],
        ['bbb2222', '2024-05-14T09:00:00.000Z']
      ])
    )
    expect(two.leadTime.medianHours).toBe(2.5)
    expect(metrics([]).leadTime).toEqual({
      environment: 'production',
      points: [],
      medianHours: null,
      unknown: 0
    })
  })

  it('change failure rate: failed deploys and deploys rolled back, refused attempts aside', () => {
    const m = metrics([
      record({ environment: 'production', time: '2024-05-13T01:00:00Z', version: '1.0.0.1' }),
      record({ environment: 'production', time: '2024-05-13T02:00:00Z', version: '1.0.0.2' }),
      record({
        environment: 'production',
        time: '2024-05-13T02:30:00Z',
        operation: 'restart',
        package: null
      }),
      record({
        environment: 'production',
        time: '2024-05-13T03:00:00Z',
        operation: 'rollback',
        version: '1.0.0.1'
      }),
      record({
        environment: 'production',
        time: '2024-05-13T04:00:00Z',
        version: '1.0.0.3',
        result: 'failure'
      }),
      record({
        environment: 'production',
        time: '2024-05-13T05:00:00Z',
        version: '1.0.0.3',
        result: 'failure',
        details: { refused: true }
      }),
      record({ environment: 'production', time: '2024-05-13T06:00:00Z', version: '1.0.0.3' })
    ])
    expect(m.changeFailure).toEqual([
      { environment: 'test', attempts: 0, failed: 0, rolledBack: 0, rate: null },
      { environment: 'production', attempts: 4, failed: 1, rolledBack: 1, rate: 0.5 }
    ])
  })
})
