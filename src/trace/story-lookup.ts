import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import { deploymentHistory } from '../activity/environment-history.js'
import type { PackageRecord, PackageRepository } from '../repository/package-repository.js'
import type { CommitSource } from './commit-source.js'
import { containsFromSources } from './trace-sources.js'

/**
 * How a package is known to contain a story: its record (or a deployment of it) lists it; its
 * commit descends from the commit of a package that lists it (git or GitHub); or, when no source
 * holds those commits, it was published after such a package.
 */
export type ContainsBasis = 'listed' | 'history' | 'publication-order'

export interface PackageWithStory {
  version: string
  sha256: string
  commit: string | null
  createdAt: string
  basis: ContainsBasis
}

export interface EnvironmentWithStory {
  environment: string
  version: string
  sha256: string
  /** When the package was deployed there (its latest successful deployment). */
  deployedAt: string
  basis: ContainsBasis
}

export interface StoryLookup {
  id: string
  app: string
  /** Packages that contain the story, newest first. */
  packages: PackageWithStory[]
  /** Environments whose current package contains it, in the order given. */
  environments: EnvironmentWithStory[]
  /** Environments that run a package without it (or nothing yet). */
  without: { environment: string; version: string | null }[]
}

export interface StoryLookupRequest {
  /** The story ID, exactly as commits write it. */
  id: string
  app: string
  repository: PackageRepository
  activity: ActivityLog
  environments: readonly string[]
  /** For ancestry between package commits: local git, then GitHub. */
  sources: readonly CommitSource[]
}

interface Origin {
  commit: string | null
  createdAt: string
}

/**
 * Reverse lookup of a story: which packages of the app contain it and which environments run a
 * package that does (each environment's latest successful deployment, from the activity log).
 */
export async function lookUpStory(request: StoryLookupRequest): Promise<StoryLookup> {
  const { id, app } = request
  const packages = await request.repository.list(app)
  const histories = await Promise.all(
    request.environments.map(async (environment) => ({
      environment,
      records: await deploymentHistory(request.activity, app, environment)
    }))
  )
  // Where the story came in: packages whose record lists it, and deployments that brought it.
  const listed = new Set(packages.filter((p) => p.stories.includes(id)).map((p) => p.sha256))
  for (const { records } of histories) {
    for (const record of records)
      if (record.stories.includes(id)) listed.add(record.package!.sha256)
  }
  const origins: Origin[] = []
  for (const sha256 of listed) {
    const pkg = packages.find((p) => p.sha256 === sha256)
    const record = histories.flatMap((h) => h.records).find((r) => r.package!.sha256 === sha256)
    origins.push({
      commit: pkg?.commit ?? record?.commit ?? null,
      createdAt: pkg?.createdAt ?? record?.time ?? ''
    })
  }
  const memo = new Map<string, Promise<ContainsBasis | null>>()
  const basisOf = (sha256: string, commit: string | null, createdAt: string) => {
    let found = memo.get(sha256)
    if (!found) {
      found = containsBasis(request.sources, listed.has(sha256), origins, commit, createdAt)
      memo.set(sha256, found)
    }
    return found
  }

  const withStory: PackageWithStory[] = []
  for (const pkg of packages) {
    const basis = await basisOf(pkg.sha256, pkg.commit, pkg.createdAt)
    if (basis) withStory.push({ ...pick(pkg), basis })
  }
  const environments: EnvironmentWithStory[] = []
  const without: StoryLookup['without'] = []
  for (const { environment, records } of histories) {
    const current: ActivityRecord | undefined = records[0]
    if (!current?.package) {
      without.push({ environment, version: null })
      continue
    }
    const { sha256, version } = current.package
    const pkg = packages.find((p) => p.sha256 === sha256)
    const basis = await basisOf(
      sha256,
      pkg?.commit ?? current.commit,
      pkg?.createdAt ?? current.time
    )
    if (basis) environments.push({ environment, version, sha256, deployedAt: current.time, basis })
    else without.push({ environment, version })
  }
  return { id, app, packages: withStory, environments, without }
}

function pick(pkg: PackageRecord): Omit<PackageWithStory, 'basis'> {
  return {
    version: pkg.version,
    sha256: pkg.sha256,
    commit: pkg.commit,
    createdAt: pkg.createdAt
  }
}

async function containsBasis(
  sources: readonly CommitSource[],
  isListed: boolean,
  origins: readonly Origin[],
  commit: string | null,
  createdAt: string
): Promise<ContainsBasis | null> {
  if (isListed) return 'listed'
  const unknown: Origin[] = []
  for (const origin of origins) {
    const answer =
      origin.commit && commit
        ? await containsFromSources(sources, origin.commit, commit)
        : undefined
    if (answer === true) return 'history'
    if (answer === undefined) unknown.push(origin)
  }
  // Without the commits, a package published after one that lists the story is taken to hold it.
  return unknown.some((origin) => origin.createdAt && origin.createdAt <= createdAt)
    ? 'publication-order'
    : null
}
