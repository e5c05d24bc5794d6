import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import { DEPLOYING } from '../activity/environment-history.js'

// Refused attempts never reached the environment; other operations (restart) deploy nothing.
const LOOK_BACK = 10

/**
 * The latest deployment (deploy or rollback, successful or not; refused attempts aside) of each
 * environment, in the order given; environments without one are left out.
 */
export async function latestDeployments(
  activity: ActivityLog,
  app: string,
  environments: readonly string[]
): Promise<ActivityRecord[]> {
  const latest = await Promise.all(
    environments.map(async (environment) => {
      const records = await activity.list({ app, environment, limit: LOOK_BACK })
      return records.find(
        (record) =>
          DEPLOYING.has(record.operation) && record.package !== null && !record.details?.['refused']
      )
    })
  )
  return latest.filter((record): record is ActivityRecord => record !== undefined)
}
