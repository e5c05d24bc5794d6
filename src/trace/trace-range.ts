import type { Logger } from '../log.js'
import {
  commitSubject,
  type CommitSource,
  type RangeHistoryMissing,
  type RangeRequest
} from './commit-source.js'
import { extractStories, type StoryRef } from './extract-stories.js'
import type { LinkContext, StoryPattern } from './story-patterns.js'

/** A commit of a traced range: what reports show of it. */
export interface TracedCommit {
  sha: string
  /** First paragraph of the message (untrusted text: escape it before rendering). */
  subject: string
  merge: boolean
  /** IDs of the stories it names, in the order written. */
  stories: string[]
}

/** A story of a traced range and the commits that name it (newest first). */
export interface TracedStory extends StoryRef {
  commits: string[]
}

/** The stories of a commit range. Commits newest first; stories in order of first mention. */
export interface RangeTrace {
  /** The source it was read from ("git", "GitHub compare API"). */
  source: string
  from: string | null
  to: string
  /** No `from`: everything up to `to`, at most `limit` commits. */
  firstDeployment: boolean
  /** The first-deployment limit cut the history short. */
  truncated: boolean
  limit: number | null
  commits: TracedCommit[]
  stories: TracedStory[]
}

export type TraceOutcome = { status: 'complete'; trace: RangeTrace } | RangeHistoryMissing

/**
 * Reads a range from `source` and collects the stories its commits name. Missing history (a
 * shallow clone) is returned, not thrown, so the caller can try another source.
 */
export async function traceRange(
  source: CommitSource,
  request: RangeRequest,
  patterns: readonly StoryPattern[],
  options: { links?: LinkContext; log?: Logger } = {}
): Promise<TraceOutcome> {
  const links = options.links ?? {}
  const commits: TracedCommit[] = []
  const stories = new Map<string, TracedStory>()
  const outcome = await source.read(request, ({ sha, message, parents }) => {
    const refs = extractStories(message, patterns, links)
    const ids: string[] = []
    for (const ref of refs) {
      ids.push(ref.id)
      const story = stories.get(ref.id)
      if (story === undefined) stories.set(ref.id, { ...ref, commits: [sha] })
      else {
        story.commits.push(sha)
        if (story.url === null && ref.url !== null) story.url = ref.url
      }
    }
    commits.push({ sha, subject: commitSubject(message), merge: parents > 1, stories: ids })
  })
  if (outcome.status !== 'complete') return outcome
  const firstDeployment = outcome.from === null
  if (outcome.truncated) {
    options.log?.info(
      `first deployment: read the newest ${request.limit} commits of ${request.to} only (traceability.limit); older commits' stories are not listed`
    )
  }
  return {
    status: 'complete',
    trace: {
      source: source.name,
      from: outcome.from,
      to: outcome.to,
      firstDeployment,
      truncated: outcome.truncated,
      limit: firstDeployment ? request.limit : null,
      commits,
      stories: [...stories.values()]
    }
  }
}

/** The commits of a trace that name no story. */
export function commitsWithoutStory(trace: RangeTrace): TracedCommit[] {
  return trace.commits.filter((commit) => commit.stories.length === 0)
}
