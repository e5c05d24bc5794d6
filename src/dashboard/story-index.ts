import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import type { PackageRecord, PackageRepository } from '../repository/package-repository.js'
import type { CommitSource } from '../trace/commit-source.js'
import { storyLink } from '../stories/story-link.js'
import { lookUpStory } from '../trace/story-lookup.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import type { StoryEntry } from './model.js'

export interface StoryIndexRequest {
  app: string
  /** Read once (snapshots): every story asks them again. */
  repository: PackageRepository
  activity: ActivityLog
  environments: readonly string[]
  sources: readonly CommitSource[]
  patterns: readonly StoryPattern[]
  links: LinkContext
}

/**
 * Story IDs that packages and deployments name, the most recently named first: a package's
 * publication or a deployment's time, whichever is later.
 */
export function knownStories(
  packages: readonly PackageRecord[],
  history: readonly ActivityRecord[]
): string[] {
  const latest = new Map<string, string>()
  const note = (id: string, time: string): void => {
    const seen = latest.get(id)
    if (seen === undefined || time > seen) latest.set(id, time)
  }
  for (const pkg of packages) for (const id of pkg.stories) note(id, pkg.createdAt)
  for (const record of history) for (const id of record.stories) note(id, record.time)
  return [...latest.entries()]
    .sort(([a, ta], [b, tb]) => tb.localeCompare(ta) || a.localeCompare(b))
    .map(([id]) => id)
}

/**
 * The reverse lookup of every known story, as `mxdeploy trace story` does it: the packages that
 * contain it and the environments whose current package does.
 */
export async function storyIndex(
  ids: readonly string[],
  request: StoryIndexRequest
): Promise<StoryEntry[]> {
  const entries: StoryEntry[] = []
  for (const id of ids) {
    const found = await lookUpStory({ ...request, id })
    entries.push({
      id,
      url: storyLink(id, request.patterns, request.links),
      packages: found.packages.map(({ version, createdAt, basis }) => ({
        version,
        createdAt,
        basis
      })),
      environments: found.environments.map(({ environment, version, deployedAt }) => ({
        environment,
        version,
        deployedAt
      })),
      without: found.without
    })
  }
  return entries
}
