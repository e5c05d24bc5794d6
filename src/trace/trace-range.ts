import type { Logger } from '../log.js'
import { type CommitSource, type RangeHistoryMissing, type RangeRequest } from './commit-source.js'
import { BuiltinStoryScanner } from '../stories/builtin-story-scanner.js'
import { scanStories, type StoryRef } from '../stories/extract-stories.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import { RangeTable } from './range-table.js'

/** A commit of a traced range: what reports show of it. */
export interface TracedCommit {
  sha: string
  /** First paragraph of the message (untrusted text: escape it before rendering). */
  subject: string
  merge: boolean
  /** IDs of the stories it names, in the order written. */
  stories: readonly string[]
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
  /**
   * The same commits and stories column by column, when the trace was read with traceRange:
   * for readers of huge ranges (the CLI's --json), which then build no object per commit.
   */
  table?: RangeTable
}

/** Most commits read for a first deployment when traceability.limit is not set (as the schema says). */
export const DEFAULT_TRACE_LIMIT = 1000

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
  const table = new RangeTable()
  // One visitor for every story of every commit: no closure per commit.
  const onStory = (id: string, tracker: string, url: string | null): void =>
    table.addStory(id, tracker, url)
  // The default patterns are read from the bytes, without decoding messages.
  const scanner = BuiltinStoryScanner.for(patterns, links)
  const outcome = await source.read(request, (commit) => {
    const merge = commit.parents > 1
    const raw = commit.bytes
    if (raw === undefined || raw.subject < 0) table.addCommit(commit.sha, commit.subject, merge)
    else table.addCommitBytes(raw.bytes, raw.sha, raw.shaEnd, raw.subject, raw.subjectEnd, merge)
    if (scanner === undefined || raw === undefined) {
      scanStories(commit.message, patterns, links, onStory)
      return
    }
    const found = scanner.scan(raw.bytes, raw.messageStart, raw.messageEnd)
    for (let k = 0; k < found; k++) {
      const story = table.addStoryBytes(
        scanner.ids,
        scanner.idFrom(k),
        scanner.idTo(k),
        scanner.tracker(k)
      )
      // A link is made only for a story that has none yet.
      if (table.url(story) === null) {
        const url = scanner.url(k)
        if (url !== null) table.setUrl(story, url)
      }
    }
  })
  if (outcome.status !== 'complete') return outcome
  const firstDeployment = outcome.from === null
  if (outcome.truncated) {
    options.log?.info(
      `first deployment: read the newest ${request.limit} commits of ${request.to} only (traceability.limit); older commits' stories are not listed`
    )
  }
  // commits and stories are built from the table when first read, then kept: a command that
  // reads only the table (trace --json) never builds them.
  let commits: TracedCommit[] | undefined
  let stories: TracedStory[] | undefined
  const trace: RangeTrace = {
    source: source.name,
    from: outcome.from,
    to: outcome.to,
    firstDeployment,
    truncated: outcome.truncated,
    limit: firstDeployment ? request.limit : null,
    get commits() {
      return (commits ??= table.commits())
    },
    get stories() {
      return (stories ??= table.stories())
    },
    table
  }
  return { status: 'complete', trace }
}

/** The commits of a trace that name no story. */
export function commitsWithoutStory(trace: RangeTrace): TracedCommit[] {
  return trace.commits.filter((commit) => commit.stories.length === 0)
}
