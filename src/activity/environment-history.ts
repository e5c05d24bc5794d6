import type { ActivityLog, ActivityRecord } from './activity-log.js'

/** Operations after which an environment runs the package they name. */
export const DEPLOYING: ReadonlySet<string> = new Set(['deploy', 'rollback', 'reconciled'])

/** Successful deployments (deploy, rollback, reconciled) of an environment, newest first. */
export async function deploymentHistory(
  log: ActivityLog,
  app: string,
  environment: string
): Promise<ActivityRecord[]> {
  const records = await log.list({ app, environment })
  return records.filter(
    (r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package !== null
  )
}

/** Whether the environment has ever run the package with this SHA-256 successfully. */
export async function hasDeployed(
  log: ActivityLog,
  app: string,
  environment: string,
  sha256: string
): Promise<boolean> {
  return (await deploymentHistory(log, app, environment)).some((r) => r.package?.sha256 === sha256)
}
