import type { ActivityRecord } from '../activity/activity-log.js'
import { storyLink } from '../stories/story-link.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import type { EnvironmentDeployment } from './pull-request-comment.js'

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
