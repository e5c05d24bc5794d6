import type { TraceabilityConfig } from '../config/types.js'
import type { Logger } from '../log.js'
import type { CommitSource } from '../trace/commit-source.js'
import { GitCommitSource } from '../trace/git-commit-source.js'
import { DEFAULT_TRACE_LIMIT } from '../trace/trace-range.js'
import {
  compileStoryPatterns,
  type LinkContext,
  type StoryPattern
} from '../trace/story-patterns.js'

/**
 * Where the CLI reads commits: the git checkout at `dir`, then, when the environment names a
 * GitHub repository and a token (GITHUB_REPOSITORY, GITHUB_TOKEN, as in a workflow step), GitHub's
 * compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
export async function cliCommitSources(
  dir: string,
  env: NodeJS.ProcessEnv,
  log: Logger
): Promise<CommitSource[]> {
  const sources: CommitSource[] = [new GitCommitSource(dir)]
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const token = env['GITHUB_TOKEN']
  if (owner && repo && token) {
    log.secret(token)
    const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
      import('../github/octokit.js'),
      import('../github/compare-commit-source.js')
    ])
    const octokit = createOctokit({
      token,
      logger: log,
      ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {})
    })
    sources.push(new GitHubCompareSource({ octokit, owner, repo }))
  }
  return sources
}

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
    sources: await cliCommitSources(dir, env, log),
    patterns: compileStoryPatterns(traceability.patterns, file ?? ''),
    limit: traceability.limit ?? DEFAULT_TRACE_LIMIT,
    links: cliLinks(env),
    log
  }
}
