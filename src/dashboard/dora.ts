import type { ActivityRecord } from '../activity/activity-log.js'
import type { DoraMetrics, FailureRate, LeadTimePoint } from './model.js'

const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS
/** At most half a year of weeks, at least two months, so one busy week still has a context. */
const MAX_WEEKS = 26
const MIN_WEEKS = 8

/** The Monday (UTC) of the ISO week of a time, as milliseconds. */
export function weekStart(time: number): number {
  const day = Math.floor(time / DAY_MS)
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  return (day - ((day + 3) % 7)) * DAY_MS
}

function isRefused(record: ActivityRecord): boolean {
  return record.details?.['refused'] === true
}

/** Switches mxdeploy made (deploy or rollback) that succeeded: what "deployments" counts. */
function isDeployment(record: ActivityRecord): boolean {
  return (
    (record.operation === 'deploy' || record.operation === 'rollback') &&
    record.result === 'success'
  )
}

function weeksOf(history: readonly ActivityRecord[], now: number): number[] {
  const last = weekStart(now)
  const times = history.filter(isDeployment).map((r) => Date.parse(r.time))
  const first = times.length ? weekStart(Math.min(...times)) : last
  const from = Math.max(
    Math.min(first, last - (MIN_WEEKS - 1) * WEEK_MS),
    last - (MAX_WEEKS - 1) * WEEK_MS
  )
  const weeks: number[] = []
  for (let week = from; week <= last; week += WEEK_MS) weeks.push(week)
  return weeks
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Deploy attempts of an environment (refusals aside), those that failed, and those rolled back. */
function failureRate(environment: string, history: readonly ActivityRecord[]): FailureRate {
  const records = history.filter((r) => r.environment === environment && !isRefused(r)).reverse()
  let attempts = 0
  let failed = 0
  let rolledBack = 0
  for (const [index, record] of records.entries()) {
    if (record.operation !== 'deploy') continue
    attempts++
    if (record.result === 'failure') {
      failed++
      continue
    }
    // Rolled back: the next switch of this environment that succeeded went back.
    const next = records
      .slice(index + 1)
      .find(
        (r) => (r.operation === 'deploy' || r.operation === 'rollback') && r.result === 'success'
      )
    if (next?.operation === 'rollback') rolledBack++
  }
  return {
    environment,
    attempts,
    failed,
    rolledBack,
    rate: attempts ? (failed + rolledBack) / attempts : null
  }
}

export interface DoraRequest {
  /** Every operation, newest first. */
  history: readonly ActivityRecord[]
  /** Environment names in promotion order. */
  environments: readonly string[]
  /** The environment lead time is measured to; null when there is none. */
  production: string | null
  /** Committer times (ISO 8601) of the commits that reached production, by SHA. */
  commitTimes: ReadonlyMap<string, string>
  now: Date
}

/**
 * The DORA figures from the activity log: deployments per week per environment, lead time from a
 * package's commit to its deployment to production, and the change failure rate (deploy attempts
 * that failed, or succeeded and were rolled back).
 */
export function doraMetrics(request: DoraRequest): DoraMetrics {
  const { history, production } = request
  const weeks = weeksOf(history, request.now.getTime())
  const first = weeks[0]!
  const inWindow = (r: ActivityRecord): boolean => Date.parse(r.time) >= first
  const deploymentsPerWeek = request.environments.map((environment) => {
    const counts = weeks.map(() => 0)
    for (const r of history) {
      if (r.environment !== environment || !isDeployment(r) || !inWindow(r)) continue
      const slot = Math.round((weekStart(Date.parse(r.time)) - first) / WEEK_MS)
      if (slot >= 0 && slot < counts.length) counts[slot]!++
    }
    return { environment, counts }
  })
  const points: LeadTimePoint[] = []
  let unknown = 0
  for (const r of history) {
    if (r.environment !== production || r.operation !== 'deploy') continue
    if (r.result !== 'success' || !r.package || r.details?.['settingsOnly'] || !inWindow(r))
      continue
    const committed = r.commit ? request.commitTimes.get(r.commit) : undefined
    if (committed === undefined) {
      unknown++
      continue
    }
    const hours = Math.max(0, (Date.parse(r.time) - Date.parse(committed)) / 3_600_000)
    points.push({ time: r.time, version: r.package.version, hours })
  }
  points.reverse()
  return {
    weeks: weeks.map((week) => new Date(week).toISOString().slice(0, 10)),
    deploymentsPerWeek,
    leadTime: {
      environment: production,
      points,
      medianHours: median(points.map((p) => p.hours)),
      unknown
    },
    changeFailure: request.environments.map((environment) => failureRate(environment, history))
  }
}
