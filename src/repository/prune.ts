import type { ActivityLog } from '../activity/activity-log.js'
import { deploymentHistory } from '../activity/environment-history.js'
import type { PackageRecord, PackageRepository } from './package-repository.js'

export interface PrunePlan {
  keep: { record: PackageRecord; why: string }[]
  remove: PackageRecord[]
}

/**
 * Which packages retention removes: never one an environment runs; of the others, the `keep`
 * most recently published stay (Mendix keeps deployed packages and the 5 most recent).
 */
export async function planPrune(
  repository: PackageRepository,
  activity: ActivityLog,
  app: string,
  environments: readonly string[],
  keep: number
): Promise<PrunePlan> {
  const records = await repository.list(app)
  const running = new Map<string, string[]>()
  for (const environment of environments) {
    const [last] = await deploymentHistory(activity, app, environment)
    if (last?.package)
      running.set(last.package.sha256, [...(running.get(last.package.sha256) ?? []), environment])
  }
  const plan: PrunePlan = { keep: [], remove: [] }
  let recent = 0
  for (const record of records) {
    const runs = running.get(record.sha256)
    if (runs) plan.keep.push({ record, why: `runs in ${runs.join(', ')}` })
    else if (recent < keep) {
      recent++
      plan.keep.push({ record, why: `one of the ${keep} most recent` })
    } else plan.remove.push(record)
  }
  return plan
}
