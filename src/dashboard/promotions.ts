import type { ActivityRecord } from '../activity/activity-log.js'
import { DEPLOYING } from '../activity/environment-history.js'
import type { EnvironmentConfig } from '../config/types.js'
import type { PackageRecord } from '../repository/package-repository.js'
import { traceDeployment, type DeploymentStoriesOptions } from '../trace/deployment-stories.js'
import { storyLink } from '../stories/story-link.js'
import type { EnvironmentColumn, PackagePlace, PackageRow, PendingPromotion } from './model.js'

/** SHA-256s each environment has run successfully, ever. */
function ranBy(history: readonly ActivityRecord[]): Map<string, Set<string>> {
  const ran = new Map<string, Set<string>>()
  for (const r of history) {
    if (!DEPLOYING.has(r.operation) || r.result !== 'success' || !r.package) continue
    let set = ran.get(r.environment)
    if (!set) ran.set(r.environment, (set = new Set()))
    set.add(r.package.sha256)
  }
  return ran
}

/**
 * Where each package stands in each environment (promotion order): running, ran before, may be
 * staged next (the environment its `after:` names has run it), or none of these.
 */
export function packageRows(
  packages: readonly PackageRecord[],
  columns: readonly EnvironmentColumn[],
  history: readonly ActivityRecord[]
): PackageRow[] {
  const ran = ranBy(history)
  return packages.map((pkg) => ({
    version: pkg.version,
    sha256: pkg.sha256,
    commit: pkg.commit,
    createdAt: pkg.createdAt,
    createdBy: pkg.createdBy,
    runtimeVersion: pkg.runtimeVersion,
    places: columns.map((column): PackagePlace => {
      if (column.running?.sha256 === pkg.sha256) return 'running'
      if (ran.get(column.name)?.has(pkg.sha256)) return 'ran'
      const before = column.after
      return before === undefined || ran.get(before)?.has(pkg.sha256) ? 'eligible' : 'none'
    })
  }))
}

/** The package record of what an environment runs, or the little the activity log knows of it. */
function recordOf(
  column: EnvironmentColumn,
  app: string,
  packages: readonly PackageRecord[]
): PackageRecord | undefined {
  const running = column.running
  if (!running) return undefined
  return (
    packages.find((p) => p.sha256 === running.sha256) ?? {
      app,
      version: running.version,
      sha256: running.sha256,
      size: 0,
      runtimeVersion: running.runtimeVersion ?? '',
      modelVersion: running.version,
      commit: running.commit,
      branch: null,
      createdAt: running.deployedAt,
      createdBy: running.deployedBy,
      url: '',
      stories: []
    }
  )
}

/**
 * Every promotion that waits: an environment whose `after:` environment runs another package than
 * it does, with the stories staging that package would bring (the commits since the environment's
 * last deployment, as the stage itself reads them). "What goes to production if I approve this?"
 */
export async function pendingPromotions(
  app: string,
  environments: readonly EnvironmentConfig[],
  columns: readonly EnvironmentColumn[],
  packages: readonly PackageRecord[],
  stories: DeploymentStoriesOptions
): Promise<PendingPromotion[]> {
  const pending: PendingPromotion[] = []
  for (const [index, column] of columns.entries()) {
    const before = columns.find((c) => c.name === column.after)
    const candidate = before ? recordOf(before, app, packages) : undefined
    if (!before || !candidate || candidate.sha256 === column.running?.sha256) continue
    const found = await traceDeployment(stories, candidate, column.name)
    const environment = environments[index]!
    const known = new Map(found.trace?.stories.map((s) => [s.id, s.url]) ?? [])
    pending.push({
      from: before.name,
      to: column.name,
      version: candidate.version,
      sha256: candidate.sha256,
      commit: candidate.commit,
      replaces: column.running?.version ?? null,
      protectedBy: [
        ...(environment.protection.reviewers === 'required' ? (['reviewers'] as const) : []),
        ...(environment.protection.mfa === 'totp' ? (['mfa'] as const) : [])
      ],
      stories: found.stories.map((id) => ({
        id,
        url: storyLink(id, stories.patterns, stories.links ?? {}, known)
      })),
      commits: found.trace?.commits.length ?? null,
      note: found.note ?? null
    })
  }
  return pending
}
