import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import { DEPLOYING } from '../activity/environment-history.js'
import type { EnvironmentDeployment } from '../report/pull-request-comment.js'
import { extractStories } from './extract-stories.js'
import type { LinkContext, StoryPattern } from './story-patterns.js'

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

/**
 * The link of a story ID as the patterns give it, from `known` links first (those a trace
 * found), else by reading the ID itself with the patterns; null when none has a url.
 */
export function storyLink(
  id: string,
  patterns: readonly StoryPattern[],
  links: LinkContext,
  known: ReadonlyMap<string, string | null> = new Map()
): string | null {
  const url = known.get(id)
  if (url) return url
  return extractStories(id, patterns, links).find((story) => story.id === id)?.url ?? null
}

/** One row of the pull-request comment from an activity record. */
export function deploymentRow(
  record: ActivityRecord,
  options: {
    environmentUrl?: string | null
    patterns: readonly StoryPattern[]
    links: LinkContext
    known?: ReadonlyMap<string, string | null>
  }
): EnvironmentDeployment {
  return {
    environment: record.environment,
    environmentUrl: options.environmentUrl ?? null,
    packageVersion: record.package?.version ?? '—',
    status: record.result === 'success' ? 'success' : 'failure',
    time: record.time,
    runUrl: record.runUrl,
    stories: record.stories.map((id) => ({
      id,
      url: storyLink(id, options.patterns, options.links, options.known)
    }))
  }
}
