import { ConfigurationError } from '../errors.js'

/** The workflow run a step belongs to, as the runner describes it in its environment. */
export interface RunContext {
  owner: string
  repo: string
  serverUrl: string
  runId: string | undefined
  runAttempt: string | undefined
  sha: string
  actor: string
  eventName: string | undefined
  /** Link to the run's page, for deployment statuses and summaries. */
  runUrl: string | null
}

/** Reads the run from GITHUB_* variables; refuses to guess when the repository is unknown. */
export function runContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set (owner/repo): run this in a GitHub Actions job, or set it'
    )
  }
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com'
  const runId = env['GITHUB_RUN_ID'] || undefined
  const runAttempt = env['GITHUB_RUN_ATTEMPT'] || undefined
  const attempt = runAttempt && runAttempt !== '1' ? `/attempts/${runAttempt}` : ''
  return {
    owner,
    repo,
    serverUrl,
    runId,
    runAttempt,
    sha: env['GITHUB_SHA'] ?? '',
    actor: env['GITHUB_ACTOR'] || 'unknown',
    eventName: env['GITHUB_EVENT_NAME'] || undefined,
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt}` : null
  }
}
