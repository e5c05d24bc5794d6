import type { ActivityLog } from '../activity/activity-log.js'
import { deploymentHistory } from '../activity/environment-history.js'
import { errorMessage } from '../errors.js'
import type { Logger } from '../log.js'
import type { PackageRecord } from '../repository/package-repository.js'
import type { CommitSource } from './commit-source.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import type { RangeTrace } from './trace-range.js'
import { traceFromSources } from './trace-sources.js'

export interface DeploymentStoriesOptions {
  activity: ActivityLog
  /** Where commits are read from, in order (local git, then GitHub's compare API). */
  sources: readonly CommitSource[]
  patterns: readonly StoryPattern[]
  /** Most commits read for a first deployment (traceability.limit). */
  limit: number
  links?: LinkContext
  log: Logger
}

/** What one deployment brings to an environment. */
export interface DeploymentTrace {
  /** The commits and stories; null when they could not be read. */
  trace: RangeTrace | null
  /** Story IDs, for the activity record and the `stories` output. */
  stories: string[]
  /** Why `trace` is null, for people (plain text). */
  note?: string
}

/**
 * The stories a package brings to an environment: those of the commits reachable from the
 * package's commit and not from the commit of the environment's last successful deployment (from
 * the activity log, never a tag). A first deployment reads the whole history up to the limit.
 * Traceability never blocks a deployment: when the commits cannot be read, a warning says why
 * and the stories the package's build recorded are used.
 */
export async function traceDeployment(
  options: DeploymentStoriesOptions,
  pkg: PackageRecord,
  environment: string
): Promise<DeploymentTrace> {
  const recorded = (note: string): DeploymentTrace => ({ trace: null, stories: pkg.stories, note })
  if (!pkg.commit) {
    return recorded(
      `${pkg.app} ${pkg.version} records no commit, so its commits are not known; the stories are those its build recorded.`
    )
  }
  try {
    const history = await deploymentHistory(options.activity, pkg.app, environment)
    const last = history.find((record) => record.commit)
    const outcome = await traceFromSources(
      options.sources,
      { from: last?.commit ?? undefined, to: pkg.commit, limit: options.limit },
      options.patterns,
      { log: options.log, ...(options.links ? { links: options.links } : {}) }
    )
    if (outcome.status === 'complete') {
      const { trace } = outcome
      options.log.info(
        trace.firstDeployment
          ? `first deployment to ${environment}: ${trace.commits.length} commits${trace.truncated ? ` (the newest ${options.limit}, traceability.limit)` : ''}, ${trace.stories.length} stories`
          : `${trace.commits.length} commits since the last deployment to ${environment} (${trace.from!.slice(0, 12)}), ${trace.stories.length} stories`
      )
      return { trace, stories: trace.stories.map((story) => story.id) }
    }
    options.log.warning(
      `the commits this deployment brings to ${environment} could not be read: ${outcome.message}. The deployment goes on with the stories its package recorded.`
    )
    return recorded(
      `The commits could not be read (${outcome.message}); the stories are those the package's build recorded.`
    )
  } catch (error) {
    options.log.warning(
      `the commits this deployment brings to ${environment} could not be read: ${errorMessage(error)}. The deployment goes on with the stories its package recorded.`
    )
    return recorded(
      `The commits could not be read (${errorMessage(error)}); the stories are those the package's build recorded.`
    )
  }
}

/**
 * `StageRequest.storiesFor` for the staging engine, keeping what it found so the caller can show
 * the commits in its summary afterwards.
 */
export class StageStories {
  /** What the last call found; undefined until the engine asks (it doesn't when nothing switches). */
  result: DeploymentTrace | undefined

  constructor(private readonly options: DeploymentStoriesOptions) {}

  readonly storiesFor = async (
    pkg: PackageRecord,
    environment: { name: string }
  ): Promise<string[]> => {
    this.result = await traceDeployment(this.options, pkg, environment.name)
    return this.result.stories
  }
}
