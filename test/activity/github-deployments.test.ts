import { describe, expect, it } from 'vitest'
import type { ActivityStart, Operation } from '../../src/activity/activity-log.js'
import { GitHubDeploymentsLog } from '../../src/activity/github-deployments.js'
import type { JobIdentity } from '../../src/activity/github-job-deployment.js'
import { RECORDS_ENVIRONMENT } from '../../src/activity/github-records.js'
import { DeploymentsMfaLedger } from '../../src/mfa/github-ledger.js'
import { clientFor } from '../github/octokit-client.js'
import { recordingLogger } from '../support/recording-logger.js'
import { useGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'

const stand = useGitHubStandIn()

/** The run the stand-in's GITHUB_RUN_ID names. */
function runId(gh: GitHubStandIn): number {
  return Number(gh.env()['GITHUB_RUN_ID'])
}

function logFor(gh: GitHubStandIn, job?: JobIdentity, log = recordingLogger()) {
  return new GitHubDeploymentsLog({
    octokit: clientFor(gh),
    owner: 'octo-org',
    repo: 'hello',
    fallbackRef: gh.repo().defaultBranch,
    runId: job?.runId,
    ...(job ? { job } : {}),
    isProduction: () => false,
    log
  })
}

function startOf(environment: string, operation: Operation = 'deploy'): ActivityStart {
  return {
    id: `${environment}-${operation}`,
    time: new Date().toISOString(),
    app: 'hello',
    environment,
    operation,
    package: { version: '1.2.0', sha256: 'ab'.repeat(32) },
    actor: 'octocat',
    approvers: [],
    mfa: null,
    commit: null,
    runUrl: 'https://github.example/octo-org/hello/actions/runs/1',
    stories: ['ABC-1']
  }
}

async function stage(log: GitHubDeploymentsLog, environment: string, operation?: Operation) {
  const open = await log.begin(startOf(environment, operation))
  return log.finish(open, {
    result: 'success',
    error: null,
    durationMs: 5,
    url: `https://${environment}.example.com`
  })
}

const on = (gh: GitHubStandIn, environment: string) =>
  gh.repo().deployments.filter((d) => d.environment === environment)

describe('the GitHub deployments log in a job with environment:', () => {
  it('shows the stage on the deployment GitHub made for the job and makes no second one', async () => {
    const { gh } = stand
    const github = gh.repo().jobDeployment({
      environment: 'acceptance',
      runId: runId(gh),
      jobId: 4711,
      serverUrl: gh.url
    })
    const log = logFor(gh, { runId: String(runId(gh)), checkRunId: '4711' })
    const record = await stage(log, 'acceptance')

    expect(on(gh, 'acceptance')).toEqual([github])
    const statuses = github.statuses.map((s) => [s.state, s.creator])
    expect(statuses.slice(2)).toEqual([
      ['in_progress', 'github-actions[bot]'],
      ['success', 'github-actions[bot]']
    ])
    const last = github.statuses.at(-1)!
    expect(last.environmentUrl).toBe('https://acceptance.example.com')
    expect(last.logUrl).toBe(`${gh.url}/octo-org/hello/actions/runs/${runId(gh)}/job/4711`)
    expect(last.description).toBe('deploy hello 1.2.0 (sha256 abababababab)')
    expect(record.details).toMatchObject({ deploymentId: github.id })

    // The record is kept apart, under the environment's task.
    const [kept, ...more] = on(gh, RECORDS_ENVIRONMENT)
    expect(more).toEqual([])
    expect(kept).toMatchObject({ task: 'mxdeploy:acceptance', production: false })
    expect(kept!.payload).toMatchObject({ shownOn: github.id, start: { stories: ['ABC-1'] } })

    // Read back, the stage shows once, whichever way the log is asked.
    for (const query of [{ environment: 'acceptance' }, {}]) {
      const records = await log.list(query)
      expect(records.map((r) => [r.environment, r.result, r.stories])).toEqual([
        ['acceptance', 'success', ['ABC-1']]
      ])
    }
  })

  it('finds the job deployment by the run where there is no check run ID (GHES)', async () => {
    const { gh } = stand
    const github = gh.repo().jobDeployment({
      environment: 'test',
      runId: runId(gh),
      serverUrl: gh.url
    })
    const record = await stage(logFor(gh, { runId: String(runId(gh)) }), 'test')
    expect(on(gh, 'test')).toEqual([github])
    expect(record.details).toMatchObject({ deploymentId: github.id })
  })

  it("leaves another run's job deployment alone and makes its own", async () => {
    const { gh } = stand
    const other = gh.repo().run({})
    const theirs = gh.repo().jobDeployment({
      environment: 'test',
      runId: other.id,
      serverUrl: gh.url
    })
    const log = recordingLogger()
    await stage(logFor(gh, { runId: String(runId(gh)) }, log), 'test')
    // The stand-in keeps deployments oldest first.
    const [first, ours, ...rest] = on(gh, 'test')
    expect([first, rest]).toEqual([theirs, []])
    expect(ours!.payload).toMatchObject({ kind: 'mxdeploy/activity-v1' })
    expect(theirs.statuses).toHaveLength(2)
    expect(log.infos.join('\n')).toMatch(/no deployment of GitHub's for this job on test/)
  })

  it('two job deployments of the run and no check run ID: which is this job is unknown, so it makes its own', async () => {
    const { gh } = stand
    for (const jobId of [1, 2]) {
      gh.repo().jobDeployment({ environment: 'test', runId: runId(gh), jobId, serverUrl: gh.url })
    }
    const log = recordingLogger()
    await stage(logFor(gh, { runId: String(runId(gh)) }, log), 'test')
    expect(on(gh, 'test')).toHaveLength(3)
    expect(on(gh, RECORDS_ENVIRONMENT)).toEqual([])
    expect(log.infos.join('\n')).toMatch(/2 deployments link to run/)
  })

  it('a reconciled record tells of an earlier change: it keeps off the job deployment', async () => {
    const { gh } = stand
    const github = gh.repo().jobDeployment({
      environment: 'test',
      runId: runId(gh),
      serverUrl: gh.url
    })
    await stage(logFor(gh, { runId: String(runId(gh)) }), 'test', 'reconciled')
    expect(github.statuses).toHaveLength(2)
    expect(on(gh, 'test')).toHaveLength(2)
  })

  it("keeps the MFA ledger of a stage shown on GitHub's deployment readable by environment", async () => {
    const { gh } = stand
    gh.repo().jobDeployment({ environment: 'production', runId: runId(gh), serverUrl: gh.url })
    const log = logFor(gh, { runId: String(runId(gh)) })
    const entry = { kind: 'wrong', id: 'w1', user: 'alice', at: new Date().toISOString(), mac: 'm' }
    const open = await log.begin({
      ...startOf('production'),
      mfa: { method: 'totp', users: [], ledger: [entry as never] }
    })
    await log.finish(open, { result: 'failure', error: 'refused', durationMs: 1 })
    const ledger = new DeploymentsMfaLedger({
      octokit: clientFor(gh),
      owner: 'octo-org',
      repo: 'hello'
    })
    const records = await ledger.records({ since: new Date(0), environment: 'production' })
    expect(records.flatMap((r) => r.entries)).toEqual([entry])
  })

  it("refuses while another run's record on the records environment is in progress", async () => {
    const { gh } = stand
    const other = gh.repo().run({})
    gh.repo().jobDeployment({ environment: 'test', runId: other.id, serverUrl: gh.url })
    await logFor(gh, { runId: String(other.id) }).begin(startOf('test'))
    await expect(logFor(gh, { runId: String(runId(gh)) }).begin(startOf('test'))).rejects.toThrow(
      /another run is deploying to test/
    )
  })
})

describe('the GitHub deployments log outside a job with environment:', () => {
  it('makes one deployment on the environment, which carries the record', async () => {
    const { gh } = stand
    const record = await stage(logFor(gh), 'test')
    const [only, ...rest] = gh.repo().deployments
    expect(rest).toEqual([])
    expect(only).toMatchObject({ environment: 'test', task: 'deploy' })
    expect(only!.payload).toMatchObject({ kind: 'mxdeploy/activity-v1' })
    expect(only!.statuses.at(-1)).toMatchObject({
      state: 'success',
      environmentUrl: 'https://test.example.com'
    })
    expect(record.details).toEqual({ deploymentId: only!.id })
    expect(await logFor(gh).list({ environment: 'test' })).toHaveLength(1)
  })

  it('reads records on the environment and on the records environment together, newest first', async () => {
    const { gh } = stand
    await stage(logFor(gh), 'test', 'restart')
    gh.repo().jobDeployment({ environment: 'test', runId: runId(gh), serverUrl: gh.url })
    await stage(logFor(gh, { runId: String(runId(gh)) }), 'test')
    await stage(logFor(gh), 'acceptance')
    const records = await logFor(gh).list({ environment: 'test' })
    expect(records.map((r) => r.operation)).toEqual(['deploy', 'restart'])
    expect(await logFor(gh).list({ environment: 'test', limit: 1 })).toHaveLength(1)
    expect((await logFor(gh).list({})).map((r) => r.environment)).toEqual([
      'acceptance',
      'test',
      'test'
    ])
  })
})
