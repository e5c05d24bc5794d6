import { existsSync } from 'node:fs'
import { mkdtemp, readlink, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { enrol } from '../../src/mfa/enroll.js'
import { LeakScan } from '../access/support/leak-scan.js'
import { acceptedEntry, recordLedger } from '../access/support/records.js'
import { oathtool, wrongCode } from '../access/support/totp.js'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { useGitHubStandIn } from '../support/github/index.js'
import type { DeploymentRecord, RunRecord } from '../support/github/state/records.js'
import { runAction, type ActionRun } from '../support/runner/index.js'

// The bundled stage action run as the runner runs it, against the GitHub stand-in and its OIDC
// issuer: GitHub environment protection and the TOTP second factor, each bad input refused with
// nothing deployed. Every run gets a fresh RUNNER_TEMP, as every workflow run does, so what holds
// from one run to the next (sessions, replay, lockout) holds through GitHub alone.

const ALICE = enrol('alice').secret
const BOB = enrol('bob').secret
const OCTOCAT = enrol('octocat').secret
const SECRETS = `alice: ${ALICE}\nbob: ${BOB}\noctocat: ${OCTOCAT}\n`

const leaks = new LeakScan()
leaks.secret("alice's TOTP secret", ALICE)
leaks.secret("bob's TOTP secret", BOB)
leaks.secret("octocat's TOTP secret", OCTOCAT)

const stand = useGitHubStandIn()
let shared = ''
let dir = ''
let sha = ''
let runs: ActionRun[] = []

/** A code of `secret` now, remembered for the leak scan. */
function code(secret: string, offsetSeconds = 0): string {
  const value = oathtool(secret, offsetSeconds)
  leaks.code('a TOTP code', value)
  return value
}

function wrong(secret: string): string {
  const value = wrongCode(secret)
  leaks.code('a wrong TOTP code', value)
  return value
}

beforeAll(async () => {
  shared = await copyExample()
  const out = join(shared, 'hello.mda')
  const built = await mxdeploy(
    [
      'build',
      '--deployment-dir',
      'deployment',
      '--version',
      '1.2.0.1',
      '--out',
      out,
      '--app',
      'hello'
    ],
    { cwd: shared }
  )
  expect(built.code, built.stderr).toBe(0)
  await writeConfig(shared, `app: hello\nrepository: file:${join(shared, 'packages')}\n`)
  const published = await mxdeploy(['publish', out], { cwd: shared })
  expect(published.code, published.stderr).toBe(0)
})

afterAll(async () => {
  await rm(shared, { recursive: true, force: true })
})

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-access-'))
  const target = (name: string) => `{ type: local, path: ${join(dir, 'envs', name)} }`
  await writeConfig(
    dir,
    `app: hello
repository: file:${join(shared, 'packages')}
environments:
  production:
    target: ${target('production')}
    protection: { reviewers: required, prevent-self-review: true, mfa: totp, session-hours: 8 }
  production-eu:
    target: ${target('production-eu')}
    protection: { reviewers: required, mfa: totp }
  staging:
    target: ${target('staging')}
    protection: { reviewers: required }
  uat:
    target: ${target('uat')}
    protection: { mfa: totp }
`
  )
  const repo = stand.gh.repo()
  repo.environment('production', { reviewers: ['alice', 'bob', 'carol'], preventSelfReview: true })
  repo.environment('production-eu', { reviewers: ['alice', 'bob'] })
  repo.environment('staging', { reviewers: ['alice'] })
  sha = repo.commit('ABC-1 greet the user')
})

afterEach(async () => {
  // Everything mxdeploy wrote in this test: logs, outputs, summaries, and GitHub's records.
  const { gh } = stand
  const found = [
    ...runs.flatMap((run, i) => [
      ...leaks.scan(`run ${i} log`, run.logLines.join('\n')),
      ...leaks.scan(
        `run ${i} workflow commands`,
        run.commands
          .filter((c) => c.name !== 'add-mask')
          .map((c) => `${JSON.stringify(c.properties)} ${c.data}`)
          .join('\n')
      ),
      ...leaks.scan(`run ${i} outputs`, JSON.stringify(run.outputs)),
      ...leaks.scan(`run ${i} summary`, run.summary),
      ...leaks.scan(`run ${i} state and env`, JSON.stringify([run.state, run.env]))
    ]),
    ...leaks.scan('deployments and statuses', JSON.stringify(gh.repo().deployments)),
    ...leaks.scan('comments', JSON.stringify(gh.repo().comments))
  ]
  await Promise.all(runs.map((run) => run.dispose()))
  runs = []
  await rm(dir, { recursive: true, force: true })
  expect(found).toEqual([])
})

function approvedRun(
  environments: string[],
  approvals: { user: string; comment: string }[],
  event = 'push'
): RunRecord {
  return stand.gh.repo().run({
    actor: 'octocat',
    event,
    approvals: approvals.map((a) => ({ environments, state: 'approved', ...a }))
  })
}

interface StageOptions {
  /** The job's environment as its OIDC token says; absent: the job has no id-token: write. */
  oidc?: { environment: string | null; wrongKey?: boolean }
  secrets?: string | null
  otp?: string
  redeploy?: boolean
}

async function stage(
  run: RunRecord,
  environment: string,
  options: StageOptions = {}
): Promise<ActionRun> {
  const { gh } = stand
  if (options.oidc) {
    gh.oidc.configure({
      environment: options.oidc.environment,
      wrongKey: options.oidc.wrongKey ?? false,
      claims: { run_id: String(run.id), run_attempt: '1' }
    })
  }
  const secrets = options.secrets === undefined ? SECRETS : options.secrets
  const result = await runAction('stage', {
    cwd: dir,
    apiUrl: gh.apiUrl,
    eventName: run.event,
    github: {
      repository: gh.repo().fullName,
      sha,
      runId: String(run.id),
      actor: run.actor,
      token: gh.token
    },
    inputs: {
      'github-token': gh.token,
      environment,
      package: '1.2.0.1',
      ...(options.redeploy ? { redeploy: 'true' } : {}),
      ...(options.otp !== undefined ? { otp: options.otp } : {})
    },
    env: secrets === null ? {} : { MXDEPLOY_TOTP_SECRETS: secrets },
    ...(options.oidc ? { oidc: { url: gh.oidc.requestUrl, token: gh.oidc.requestToken } } : {})
  })
  runs.push(result)
  return result
}

function errors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

function deploymentsTo(environment: string): DeploymentRecord[] {
  return stand.gh.repo().deployments.filter((d) => d.environment === environment)
}

function startOf(deployment: DeploymentRecord | undefined): Record<string, any> {
  return (deployment?.payload as { start: Record<string, any> }).start
}

/** The one deployment of `environment`: a refusal (failure, nothing deployed) or a success. */
function onlyRecord(environment: string): { state: string; start: Record<string, any> } {
  const all = deploymentsTo(environment)
  expect(all).toHaveLength(1)
  return { state: all[0]!.statuses.at(-1)!.state, start: startOf(all[0]) }
}

const deployed = (environment: string) => existsSync(join(dir, 'envs', environment, 'current'))

describe('stage action: GitHub environment protection and the TOTP second factor', () => {
  test("the approver's code in the Review deployments comment deploys; the OIDC token proves the environment; the approvers are recorded", async () => {
    const otp = code(ALICE)
    const run = approvedRun(['production'], [{ user: 'alice', comment: `Ship it ${otp}` }])
    const result = await stage(run, 'production', { oidc: { environment: 'production' } })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(await readlink(join(dir, 'envs', 'production', 'current'))).toContain('1.2.0.1-')
    const { state, start } = onlyRecord('production')
    expect(state).toBe('success')
    expect(start.approvers).toEqual(['alice'])
    expect(start.mfa).toMatchObject({
      method: 'totp',
      users: [{ user: 'alice', via: 'code' }],
      ledger: [{ kind: 'accepted', user: 'alice', step: expect.any(Number) }]
    })
    expect(result.summary).toMatch(/alice/)
    // The code and the secrets are masked the moment they are known.
    expect(result.masks).toEqual(expect.arrayContaining([otp, ALICE, BOB]))
  })

  test('a session opened in one run carries to the next run: no code for session-hours', async () => {
    const first = approvedRun(['production'], [{ user: 'alice', comment: code(ALICE) }])
    expect(
      (await stage(first, 'production', { oidc: { environment: 'production' } })).exitCode
    ).toBe(0)
    const second = approvedRun(['production'], [{ user: 'alice', comment: 'approved' }])
    const result = await stage(second, 'production', {
      oidc: { environment: 'production' },
      redeploy: true
    })
    expect(errors(result)).toEqual([])
    expect(startOf(deploymentsTo('production').at(-1)).mfa.users).toEqual([
      { user: 'alice', via: 'session' }
    ])
  })

  test('a code used in one run is refused in the next run, in another environment too (replay)', async () => {
    const otp = code(ALICE)
    const first = approvedRun(['production'], [{ user: 'alice', comment: otp }])
    expect((await stage(first, 'production')).exitCode).toBe(0)
    const second = approvedRun(['production-eu'], [{ user: 'alice', comment: `ok ${otp}` }])
    const result = await stage(second, 'production-eu')
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toContain(
      'the code alice gave for production-eu was already used (each code works once, for any environment): wait for the next code'
    )
    expect(deployed('production-eu')).toBe(false)
    const { state, start } = onlyRecord('production-eu')
    expect(state).toBe('failure')
    expect(start.mfa.refused).toEqual([{ user: 'alice', reason: 'replayed-code' }])
  })

  test('two jobs accepting one code at the same moment: only one of them deploys', async () => {
    const otp = code(ALICE)
    // One approval for both environments of the run, with one code: both jobs start at once.
    const run = approvedRun(['production', 'production-eu'], [{ user: 'alice', comment: otp }])
    const results = await Promise.all([stage(run, 'production'), stage(run, 'production-eu')])
    expect(results.map((r) => r.exitCode).sort()).toEqual([0, 1])
    const refused = results.find((r) => r.exitCode === 1)!
    expect(errors(refused)[0]).toMatch(/already used|accepted by another run at the same moment/)
    expect(Number(deployed('production')) + Number(deployed('production-eu'))).toBe(1)
  })

  test('wrong codes are refused and counted from run to run; nothing is deployed', async () => {
    const first = approvedRun(['production'], [{ user: 'bob', comment: wrong(BOB) }])
    const refused = await stage(first, 'production', { oidc: { environment: 'production' } })
    expect(refused.exitCode).toBe(1)
    expect(errors(refused)[0]).toContain(
      'the code bob gave for production is wrong (4 more wrong codes lock bob out for 15 minutes)'
    )
    const { start } = onlyRecord('production')
    expect(start.mfa.refused).toEqual([{ user: 'bob', reason: 'wrong-code' }])
    expect(start.mfa.ledger).toEqual([expect.objectContaining({ kind: 'wrong', user: 'bob' })])

    const second = approvedRun(['production'], [{ user: 'bob', comment: wrong(BOB) }])
    const again = await stage(second, 'production', { oidc: { environment: 'production' } })
    expect(errors(again)[0]).toContain('(3 more wrong codes lock bob out')
    expect(deployed('production')).toBe(false)
  })

  test("another user's code is a wrong code for the approver", async () => {
    const run = approvedRun(['production'], [{ user: 'bob', comment: code(ALICE) }])
    const result = await stage(run, 'production', { oidc: { environment: 'production' } })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toContain('the code bob gave for production is wrong')
    expect(deployed('production')).toBe(false)
  })

  test('an approver without a TOTP secret is refused', async () => {
    const run = approvedRun(['production'], [{ user: 'carol', comment: code(ALICE) }])
    const result = await stage(run, 'production', { oidc: { environment: 'production' } })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toContain(
      'carol has no TOTP secret in MXDEPLOY_TOTP_SECRETS: enrol with "mxdeploy mfa enroll --user carol"'
    )
    expect(onlyRecord('production').start.mfa.refused).toEqual([
      { user: 'carol', reason: 'no-secret' }
    ])
  })

  test('a malformed or missing secrets document: a clear error, nothing recorded or deployed', async () => {
    const malformed = `alice: ${ALICE}\nbob: [${BOB}\n`
    leaks.secret('the malformed secrets document', malformed)
    const run = approvedRun(['production'], [{ user: 'alice', comment: code(ALICE) }])
    const bad = await stage(run, 'production', {
      oidc: { environment: 'production' },
      secrets: malformed
    })
    expect(bad.exitCode).toBe(1)
    expect(errors(bad)[0]).toMatch(/^MXDEPLOY_TOTP_SECRETS is not valid YAML or JSON at line \d/)
    const missing = await stage(run, 'production', {
      oidc: { environment: 'production' },
      secrets: null
    })
    expect(errors(missing)[0]).toContain(
      'no TOTP secrets: give the step "env: MXDEPLOY_TOTP_SECRETS: ${{ secrets.MXDEPLOY_TOTP_SECRETS }}"'
    )
    expect(deploymentsTo('production')).toEqual([])
    expect(deployed('production')).toBe(false)
  })

  test('no code and no session is refused, and says where the code goes', async () => {
    const run = approvedRun(['production'], [{ user: 'alice', comment: 'LGTM' }])
    const result = await stage(run, 'production', { oidc: { environment: 'production' } })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toContain(
      'alice needs a TOTP code for production (no TOTP session for production; the approval comment holds no 6-digit code)'
    )
    expect(onlyRecord('production').start.mfa.refused).toEqual([
      { user: 'alice', reason: 'no-code' }
    ])
  })

  test('a forged session counts for nothing; an expired one has ended', async () => {
    const { gh } = stand
    // Someone with deployments: write, but without alice's secret, records a session for her.
    const forged = await recordLedger(gh, 'production', [
      acceptedEntry({
        user: 'alice',
        secret: BOB,
        environment: 'production',
        opened: new Date(Date.now() - 3_600_000),
        hours: 8
      })
    ])
    const run = approvedRun(['production'], [{ user: 'alice', comment: 'approved' }])
    const refused = await stage(run, 'production', { oidc: { environment: 'production' } })
    expect(refused.exitCode).toBe(1)
    expect(errors(refused)[0]).toContain('alice needs a TOTP code for production (no TOTP session')
    expect(refused.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `ignored MFA records that do not verify with the current secrets (forged, altered, or signed with a secret since replaced): ${forged}`
    ])

    // A real session of an earlier run, opened 9 hours ago for 8 hours.
    const opened = new Date(Date.now() - 9 * 3_600_000)
    await recordLedger(gh, 'production', [
      acceptedEntry({ user: 'alice', secret: ALICE, environment: 'production', opened, hours: 8 })
    ])
    const expired = await stage(run, 'production', { oidc: { environment: 'production' } })
    expect(errors(expired)[0]).toContain(
      `the TOTP session for production ended at ${new Date(opened.getTime() + 8 * 3_600_000).toISOString()}`
    )
    expect(deployed('production')).toBe(false)
  })

  test('a GitHub environment without required reviewers, or letting people approve their own runs, is refused with the setting to fix', async () => {
    const { gh } = stand
    gh.repo().environment('staging', { reviewers: [] })
    const run = approvedRun(['staging'], [{ user: 'alice', comment: '' }])
    const none = await stage(run, 'staging', { oidc: { environment: 'staging' } })
    expect(none.exitCode).toBe(1)
    expect(errors(none)[0]).toBe(
      "GitHub environment 'staging' has no required reviewers, but mxdeploy.yml requires them (protection.reviewers: required): add reviewers under Settings → Environments → staging → Required reviewers"
    )
    expect(onlyRecord('staging').state).toBe('failure')

    gh.repo().environment('production', { reviewers: ['alice'], preventSelfReview: false })
    const self = await stage(approvedRun(['production'], []), 'production', {
      oidc: { environment: 'production' }
    })
    expect(errors(self)[0]).toContain(
      'tick "Prevent self-review" under Settings → Environments → production → Required reviewers'
    )
    expect(deployed('staging') || deployed('production')).toBe(false)
  })

  test('an OIDC token for another environment, or with a bad signature, is refused', async () => {
    const run = approvedRun(['staging'], [{ user: 'alice', comment: '' }])
    const elsewhere = await stage(run, 'staging', { oidc: { environment: 'uat' } })
    expect(elsewhere.exitCode).toBe(1)
    expect(errors(elsewhere)[0]).toBe(
      `staging is protected: the job runs in GitHub environment 'uat', not 'staging': give it "environment: staging", whose reviewers must approve it`
    )
    const forged = await stage(run, 'staging', {
      oidc: { environment: 'staging', wrongKey: true }
    })
    expect(errors(forged)[0]).toBe(
      `staging is protected: the OIDC token's signature does not verify against the keys of ${stand.gh.oidc.issuer}: refused`
    )
    expect(deploymentsTo('staging').map((d) => d.statuses.at(-1)!.state)).toEqual([
      'failure',
      'failure'
    ])
    expect(deployed('staging')).toBe(false)
  })

  test("without id-token: write, the run's approval proves the environment; with neither, refused", async () => {
    const unapproved = await stage(approvedRun(['staging'], []), 'staging')
    expect(unapproved.exitCode).toBe(1)
    expect(errors(unapproved)[0]).toContain(
      `nothing proves that this job runs in GitHub environment 'staging': grant the job "id-token: write"`
    )
    expect(deployed('staging')).toBe(false)

    const approved = await stage(
      approvedRun(['staging'], [{ user: 'alice', comment: '' }]),
      'staging'
    )
    expect(errors(approved)).toEqual([])
    const latest = deploymentsTo('staging').at(-1)
    expect(startOf(latest)).toMatchObject({ approvers: ['alice'], mfa: null })
    expect(latest!.statuses.at(-1)!.state).toBe('success')
  })

  test("workflow_dispatch: the otp input is the actor's code where the environment has no reviewers; other events may not use it", async () => {
    const otp = code(OCTOCAT)
    const dispatched = stand.gh.repo().run({ actor: 'octocat', event: 'workflow_dispatch' })
    const result = await stage(dispatched, 'uat', { otp: `${otp.slice(0, 3)} ${otp.slice(3)}` })
    expect(errors(result)).toEqual([])
    expect(startOf(deploymentsTo('uat')[0]).mfa.users).toEqual([{ user: 'octocat', via: 'code' }])
    expect(result.masks).toEqual(
      expect.arrayContaining([otp, `${otp.slice(0, 3)} ${otp.slice(3)}`])
    )

    const pushed = stand.gh.repo().run({ actor: 'octocat', event: 'push' })
    const refused = await stage(pushed, 'uat', { otp: code(OCTOCAT), redeploy: true })
    expect(errors(refused)[0]).toContain(
      'the otp input is for workflow_dispatch runs, where the person who starts the run types the code; this run was started by push'
    )
  })
})

describe('the leak scan', () => {
  test('found no secret or code in any log, output, summary or activity record of the runs above', () => {
    // Each test's runs were scanned after it (and the test failed on a find); here the scan itself
    // is checked: it ran, and it does find a leak in the forms one takes.
    expect(leaks.scanned).toBeGreaterThan(50)
    expect(leaks.findings).toEqual([])
    const probe = new LeakScan()
    probe.secret('s', ALICE)
    probe.code('c', '492039')
    expect(probe.scan('x', `key=${ALICE.toLowerCase()}`)).toEqual(['s in x'])
    expect(probe.scan('x', 'code "492039".')).toEqual(['c in x'])
    expect(probe.scan('x', 'run 14920391 sha 9492039a')).toEqual([])
  })
})
