import { errorMessage } from '../errors.js'
import type { Logger } from '../log.js'
import { logText } from '../text/escape.js'
import type { PackageRepository } from '../repository/package-repository.js'
import type { CommitSource } from './commit-source.js'
import { previousPackageTag } from './previous-tag.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import type { RangeTrace } from './trace-range.js'
import { traceFromSources } from './trace-sources.js'

export interface PackageStoriesRequest {
  /** The app, to find its previous package; undefined: none is looked for. */
  app: string | undefined
  /** The commit the package is built from (GITHUB_SHA or HEAD); null: no stories. */
  commit: string | null
  /** Where the previous package is looked for; undefined: the package tags in the checkout. */
  repository: PackageRepository | undefined
  /** The checkout, where `<app>-v*` tags are looked for when there is no repository. */
  tagDir?: string
  sources: readonly CommitSource[]
  patterns: readonly StoryPattern[]
  /** Most commits read when there is no previous package (traceability.limit). */
  limit: number
  links?: LinkContext
  log: Logger
}

/** The package a range of stories starts from. */
export interface PreviousPackage {
  /** For people: `hello 1.2.0.15`, or the tag `hello-v1.2.0.15`. */
  label: string
  commit: string
}

export interface PackageStories {
  /** Story IDs for the build manifest (and so the package record and its release notes). */
  stories: string[]
  /** The package the range starts from; null for the first package of the app. */
  previous: PreviousPackage | null
  trace: RangeTrace | null
}

/**
 * The newest package of the app built from another commit (a rebuild of one commit is skipped):
 * from the repository, else (none there, or no repository) from the package tags in the checkout.
 */
async function previousPackage(
  request: PackageStoriesRequest,
  commit: string
): Promise<PreviousPackage | null> {
  if (!request.app) return null
  const fromRepository = request.repository ? await listedPackage(request, commit) : null
  if (fromRepository || !request.tagDir) return fromRepository
  // No package of the app in the repository (or none given): its release tags, if any.
  const tag = await previousPackageTag(request.tagDir, request.app, commit)
  return tag ? { label: `tag ${tag.name}`, commit: tag.commit } : null
}

async function listedPackage(
  request: PackageStoriesRequest,
  commit: string
): Promise<PreviousPackage | null> {
  const repository = request.repository!
  try {
    const packages = await repository.list(request.app!)
    const found = packages.find((p) => p.commit !== null && p.commit !== commit)
    return found ? { label: `${found.app} ${found.version}`, commit: found.commit! } : null
  } catch (error) {
    request.log.warning(
      `could not list the packages of ${request.app} in ${repository.uri} to find the previous one: ${errorMessage(error)}; looking at the package tags of the checkout instead`
    )
    return null
  }
}

/**
 * The stories a new package carries in its manifest: those of the commits since the previous
 * package published to the repository, or tagged `<app>-v*` in the checkout without one
 * (reachable from this build's commit and not from that package's). The first package reads the
 * whole history up to the limit. Never fails a build:
 * when the commits cannot be read, a warning says why and the manifest lists none.
 */
export async function storiesSincePreviousPackage(
  request: PackageStoriesRequest
): Promise<PackageStories> {
  const none = (previous: PreviousPackage | null = null): PackageStories => ({
    stories: [],
    previous,
    trace: null
  })
  const { commit, log } = request
  if (!commit) {
    log.info(
      'the build has no commit (no git checkout, no GITHUB_SHA), so its manifest lists no stories'
    )
    return none()
  }
  const previous = await previousPackage(request, commit)
  try {
    const outcome = await traceFromSources(
      request.sources,
      { from: previous?.commit, to: commit, limit: request.limit },
      request.patterns,
      { log, ...(request.links ? { links: request.links } : {}) }
    )
    if (outcome.status !== 'complete') {
      log.warning(
        `the stories of this package could not be read, so its manifest lists none: ${outcome.message}`
      )
      return none(previous)
    }
    const { trace } = outcome
    const stories = trace.stories.map((story) => story.id)
    log.info(
      previous
        ? `stories since ${logText(previous.label)} (${previous.commit.slice(0, 12)}): ${trace.commits.length} commits, ${logText(stories.join(', ')) || 'none'}`
        : `first package${request.app ? ` of ${request.app}` : ''}: ${trace.truncated ? `the newest ${request.limit} commits (traceability.limit)` : `the whole history, ${trace.commits.length} commits`}, ${stories.length} stories`
    )
    return { stories, previous, trace }
  } catch (error) {
    log.warning(
      `the stories of this package could not be read, so its manifest lists none: ${errorMessage(error)}`
    )
    return none(previous)
  }
}
