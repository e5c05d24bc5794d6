/**
 * The job a harness run pretends to be part of: the `github` and `runner` contexts and the
 * GITHUB_* / RUNNER_* variables the runner derives from them.
 */

export interface GitHubRunContext {
  readonly repository: string
  readonly repositoryId: string
  readonly sha: string
  readonly ref: string
  readonly runId: string
  readonly runNumber: string
  readonly runAttempt: string
  readonly actor: string
  readonly actorId: string
  readonly workflow: string
  readonly workflowRef: string
  readonly job: string
  /** GITHUB_ACTION: the step's id, or `__<owner>_<repo>` for an unnamed `uses:` step. */
  readonly action: string
  /** What `${{ github.token }}` gives; the runner never puts it in the environment itself. */
  readonly token: string
  readonly apiUrl: string
  readonly serverUrl: string
  readonly graphqlUrl: string
  readonly baseRef: string
  readonly headRef: string
}

export interface RunnerContext {
  readonly os: 'Linux' | 'Windows' | 'macOS'
  readonly arch: 'X64' | 'ARM64' | 'X86' | 'ARM'
  readonly name: string
  readonly debug: boolean
}

/** Nothing listens on port 1, so an action that was not given the stand-in fails fast, locally. */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:1'

/** Fills in the context a test did not care to give. */
export function githubContext(
  given: Partial<GitHubRunContext> = {},
  apiUrl = UNREACHABLE_API_URL
): GitHubRunContext {
  const api = (given.apiUrl ?? apiUrl).replace(/\/+$/, '')
  const repository = given.repository ?? 'octo-org/hello-mendix'
  const ref = given.ref ?? 'refs/heads/main'
  return {
    repository,
    repositoryId: '104729',
    sha: '4a4e3f6c2d9b8e7f1a0c5d6e7f8091a2b3c4d5e6',
    runId: '9876543210',
    runNumber: '42',
    runAttempt: '1',
    actor: 'octocat',
    actorId: '583231',
    workflow: 'CI',
    workflowRef: `${repository}/.github/workflows/ci.yml@${ref}`,
    job: 'build',
    action: '__mxdeploy_mxdeploy',
    token: 'ghs_harnessTokenNotARealToken000000000',
    serverUrl: new URL(api).origin,
    // github.com serves GraphQL beside REST (api.github.com/graphql); GHES at /api/graphql.
    graphqlUrl: api.endsWith('/api/v3') ? `${api.slice(0, -2)}graphql` : `${api}/graphql`,
    baseRef: '',
    headRef: '',
    ...given,
    ref,
    apiUrl: api
  }
}

/** Short name of a ref, as GITHUB_REF_NAME gives it. */
export function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '')
}

/** The `github` context for expressions, named as in workflow files. */
export function githubExpressionContext(
  github: GitHubRunContext,
  extra: { eventName: string; event: unknown; workspace: string }
): Record<string, unknown> {
  return {
    repository: github.repository,
    repository_id: github.repositoryId,
    repository_owner: github.repository.split('/')[0],
    sha: github.sha,
    ref: github.ref,
    ref_name: refName(github.ref),
    ref_type: github.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    run_id: github.runId,
    run_number: github.runNumber,
    run_attempt: github.runAttempt,
    actor: github.actor,
    actor_id: github.actorId,
    triggering_actor: github.actor,
    workflow: github.workflow,
    workflow_ref: github.workflowRef,
    job: github.job,
    action: github.action,
    token: github.token,
    api_url: github.apiUrl,
    server_url: github.serverUrl,
    graphql_url: github.graphqlUrl,
    base_ref: github.baseRef,
    head_ref: github.headRef,
    event_name: extra.eventName,
    event: extra.event,
    workspace: extra.workspace
  }
}

/** The GITHUB_* variables of a step; the file-command paths are added by the caller. */
export function githubEnvironment(
  github: GitHubRunContext,
  extra: { eventName: string; eventPath: string; workspace: string }
): Record<string, string> {
  const owner = github.repository.split('/')[0] ?? ''
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: github.action,
    GITHUB_ACTOR: github.actor,
    GITHUB_ACTOR_ID: github.actorId,
    GITHUB_TRIGGERING_ACTOR: github.actor,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SERVER_URL: github.serverUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_BASE_REF: github.baseRef,
    GITHUB_HEAD_REF: github.headRef,
    GITHUB_EVENT_NAME: extra.eventName,
    GITHUB_EVENT_PATH: extra.eventPath,
    GITHUB_JOB: github.job,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: refName(github.ref),
    GITHUB_REF_TYPE: github.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_ID: github.repositoryId,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ID: github.runId,
    GITHUB_RUN_NUMBER: github.runNumber,
    GITHUB_RUN_ATTEMPT: github.runAttempt,
    GITHUB_SHA: github.sha,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_WORKFLOW_REF: github.workflowRef,
    GITHUB_WORKFLOW_SHA: github.sha,
    GITHUB_WORKSPACE: extra.workspace
  }
}

/** A minimal payload for the event, with the fields @actions/github's context reads. */
export function defaultEvent(github: GitHubRunContext, eventName: string): Record<string, unknown> {
  const [owner = '', name = ''] = github.repository.split('/')
  const base = {
    repository: {
      id: Number(github.repositoryId),
      name,
      full_name: github.repository,
      owner: { login: owner },
      default_branch: 'main',
      html_url: `${github.serverUrl}/${github.repository}`
    },
    sender: { login: github.actor, id: Number(github.actorId), type: 'User' }
  }
  if (eventName !== 'push') return base
  return {
    ...base,
    ref: github.ref,
    before: '0000000000000000000000000000000000000000',
    after: github.sha,
    head_commit: { id: github.sha, message: 'Harness commit' }
  }
}
