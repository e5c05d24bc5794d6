import type { ActivityRecord } from '../activity/activity-log.js'
import { extractStories } from '../stories/extract-stories.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import type { EnvironmentDeployment } from './pull-request-comment.js'

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
