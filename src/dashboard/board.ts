import type { ActivityRecord } from '../activity/activity-log.js'
import { DEPLOYING } from '../activity/environment-history.js'
import type { EnvironmentConfig } from '../config/types.js'
import type { PackageRecord } from '../repository/package-repository.js'
import type { EnvironmentColumn, LastOperation, RunningPackage } from './model.js'

/** The successful deploy, rollback or reconciled switch an environment runs now, from its records. */
export function runningRecord(records: readonly ActivityRecord[]): ActivityRecord | undefined {
  return records.find((r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package)
}

function running(
  record: ActivityRecord | undefined,
  packages: readonly PackageRecord[]
): RunningPackage | null {
  if (!record?.package) return null
  const pkg = packages.find((p) => p.sha256 === record.package!.sha256)
  return {
    version: record.package.version,
    sha256: record.package.sha256,
    commit: record.commit,
    runtimeVersion: pkg?.runtimeVersion ?? null,
    operation: record.operation,
    deployedAt: record.time,
    deployedBy: record.actor,
    approvers: record.approvers,
    mfa: record.mfa?.users ?? [],
    runUrl: record.runUrl
  }
}

function last(record: ActivityRecord | undefined): LastOperation | null {
  if (!record) return null
  return {
    operation: record.operation,
    result: record.result,
    time: record.time,
    actor: record.actor,
    version: record.package?.version ?? null,
    error: record.error,
    runUrl: record.runUrl
  }
}

/**
 * One column per environment, in the order given (promotion order): what runs, who deployed and
 * approved it, and the latest operation, whatever its result. `history` is newest first.
 */
export function environmentColumns(
  environments: readonly EnvironmentConfig[],
  history: readonly ActivityRecord[],
  packages: readonly PackageRecord[]
): EnvironmentColumn[] {
  return environments.map((environment) => {
    const records = history.filter((r) => r.environment === environment.name)
    return {
      name: environment.name,
      after: environment.after,
      url: environment.url,
      production: environment.production,
      reviewers: environment.protection.reviewers === 'required',
      mfa: environment.protection.mfa === 'totp',
      running: running(runningRecord(records), packages),
      last: last(records[0])
    }
  })
}
