import type { ActivityRecord } from '../../../src/activity/activity-log.js'

let next = 0

/** An activity record with the fields a test cares about; the rest plausible. */
export function record(fields: Partial<ActivityRecord> & { version?: string }): ActivityRecord {
  const { version, ...rest } = fields
  const v = version ?? '1.0.0.1'
  return {
    id: `r${++next}`,
    time: '2024-05-06T10:00:00.000Z',
    app: 'hello',
    environment: 'test',
    operation: 'deploy',
    package: { version: v, sha256: v.replace(/\./g, '').padEnd(64, 'a') },
    actor: 'ada',
    approvers: [],
    mfa: null,
    result: 'success',
    error: null,
    commit: null,
    runUrl: null,
    durationMs: 1000,
    stories: [],
    ...rest
  }
}

/** Newest first, as the activity log lists them. */
export function newestFirst(records: ActivityRecord[]): ActivityRecord[] {
  return [...records].sort((a, b) => b.time.localeCompare(a.time))
}
