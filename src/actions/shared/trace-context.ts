import type { TraceabilityConfig } from '../../config/types.js'
import { GitHubCompareSource } from '../../trace/github-compare-source.js'
import type { Octokit } from '../../github/octokit.js'
import type { RunContext } from '../../github/run-context.js'
import type { CommitSource } from '../../trace/commit-source.js'
import { GitCommitSource } from '../../trace/git-commit-source.js'
import {
  compileStoryPatterns,
  type LinkContext,
  type StoryPattern
} from '../../stories/story-patterns.js'
import { DEFAULT_TRACE_LIMIT } from '../../trace/trace-range.js'

/** What reading stories needs in an action. */
export interface ActionTraceContext {
  sources: CommitSource[]
  patterns: StoryPattern[]
  limit: number
  links: LinkContext
}

/**
 * Commits come from the checkout in the workspace, and from GitHub's compare API when the
 * checkout lacks them (actions/checkout fetches one commit unless given fetch-depth: 0).
 */
export function actionTraceContext(options: {
  traceability: Partial<TraceabilityConfig>
  /** mxdeploy.yml, for messages about its patterns. */
  file: string | undefined
  workspace: string
  octokit: Octokit
  context: RunContext
}): ActionTraceContext {
  const { octokit, context } = options
  return {
    sources: [
      new GitCommitSource(options.workspace),
      new GitHubCompareSource({ octokit, owner: context.owner, repo: context.repo })
    ],
    patterns: compileStoryPatterns(options.traceability.patterns, options.file ?? ''),
    limit: options.traceability.limit ?? DEFAULT_TRACE_LIMIT,
    links: { server: context.serverUrl, repository: `${context.owner}/${context.repo}` }
  }
}
