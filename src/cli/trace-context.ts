import type { TraceabilityConfig } from '../config/types.js'
import type { Logger } from '../log.js'
import type { CommitSource } from '../trace/commit-source.js'
import { commitSources } from '../trace/commit-sources.js'
import { DEFAULT_TRACE_LIMIT } from '../trace/trace-range.js'
import {
  compileStoryPatterns,
  type LinkContext,
  type StoryPattern
} from '../stories/story-patterns.js'

/** Links of `#123` references and commits: the GitHub server and repository of the run, if any. */
export function cliLinks(env: NodeJS.ProcessEnv): LinkContext {
  return {
    ...(env['GITHUB_SERVER_URL'] ? { server: env['GITHUB_SERVER_URL'] } : {}),
    ...(env['GITHUB_REPOSITORY'] ? { repository: env['GITHUB_REPOSITORY'] } : {})
  }
}

/** What reading stories needs, from mxdeploy.yml and the CLI's environment. */
export interface CliTraceContext {
  sources: CommitSource[]
  patterns: StoryPattern[]
  limit: number
  links: LinkContext
  log: Logger
}

/**
 * The commit sources, story patterns, limit and links for the checkout at `dir`; `traceability`
 * and `file` come from mxdeploy.yml (empty without one: the default patterns).
 */
export async function cliTraceContext(
  traceability: Partial<TraceabilityConfig>,
  file: string | undefined,
  dir: string,
  env: NodeJS.ProcessEnv,
  log: Logger
): Promise<CliTraceContext> {
  return {
    sources: await commitSources(dir, env, log),
    patterns: compileStoryPatterns(traceability.patterns, file ?? ''),
    limit: traceability.limit ?? DEFAULT_TRACE_LIMIT,
    links: cliLinks(env),
    log
  }
}
