import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import type { MxdeployConfig } from '../../src/config/types.js'
import { ConfigurationError } from '../../src/errors.js'
import { actionsIssuer } from '../../src/access/github-oidc.js'
import { GitHubDeploymentsLog } from '../../src/activity/github-deployments.js'
import { DeploymentsMfaLedger } from '../../src/mfa/github-ledger.js'
import {
  protectionShortfall,
  readEnvironmentProtection
} from '../../src/access/github-environment-protection.js'
import { createOctokit } from '../../src/github/octokit.js'
import { githubProtectionPolicy } from '../../src/access/github-protection-policy.js'
import { RunApprovals } from '../../src/access/github-run-approvals.js'
import { offerFromComment } from '../../src/mfa/code-input.js'
import { parseTotpSecrets } from '../../src/mfa/secrets.js'
import { totpCode } from '../../src/mfa/totp.js'
import { PolicyRefusal, type PolicyContext } from '../../src/stage/policy.js'
import { checkPolicies, confirmPolicies } from '../../src/stage/policy-run.js'
import { totpPolicy } from '../../src/access/totp-policy.js'
import { capturingLogger } from '../mfa/helpers.js'
import { useGitHubStandIn } from '../support/github/index.js'

const ALICE = 'KZWIQP7BACJNPDDMAFNFMJ5MESYY3C5F'
const SECRETS = `alice: ${ALICE}\n`

const stand = useGitHubStandIn()
let stateDir = ''

beforeEach(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'mxdeploy-protection-'))
})
afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true })
})

/** The message of the error `promise` rejects with; fails the test if it does not reject. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

function octokitFor(token = stand.gh.token) {
  return createOctokit({ token, baseUrl: stand.gh.apiUrl, retryUnitMs: 1, writeSpacingMs: 0 })
}

const config: MxdeployConfig = parseConfig(
  `app: hello
environments:
  production: { protection: { reviewers: required, prevent-self-review: true, mfa: totp } }
  production-eu: { protection: { mfa: totp } }
`,
  'mxdeploy.yml'
)

describe('reading GitHub environment protection', () => {
  it('reads required reviewers and prevent-self-review, and says what falls short', async () => {
    const repo = stand.gh.repo()
    repo.environment('production', { reviewers: ['alice'], preventSelfReview: true, waitTimer: 5 })
    repo.environment('test')
    const octokit = octokitFor()
    const production = await readEnvironmentProtection(octokit, 'octo-org', 'hello', 'production')
    expect(production).toEqual({
      name: 'production',
      reviewers: ['alice'],
      preventSelfReview: true
    })
    const wanted = config.environments[0]!.protection
    expect(protectionShortfall(production, wanted)).toBeUndefined()
    const test = await readEnvironmentProtection(octokit, 'octo-org', 'hello', 'test')
    expect(test).toEqual({ name: 'test', reviewers: undefined, preventSelfReview: false })
    expect(protectionShortfall(test, wanted)).toContain(
      'Settings → Environments → test → Required reviewers'
    )
  })

  it('names what to create for a missing environment, and the permission for a 403', async () => {
    await expect(
      readEnvironmentProtection(octokitFor(), 'octo-org', 'hello', 'production')
    ).rejects.toThrow(
      new ConfigurationError(
        `GitHub has no environment 'production' in octo-org/hello: create it under Settings → Environments → New environment, add its required reviewers, and give the job "environment: production" (if it exists, the token cannot see it: grant \`actions: read\` under the job's permissions)`
      )
    )
    stand.gh.repo().environment('production', { reviewers: ['alice'] })
    const token = stand.gh.addToken({ permissions: { deployments: 'write', contents: 'read' } })
    const error = (await readEnvironmentProtection(
      octokitFor(token),
      'octo-org',
      'hello',
      'production'
    ).catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('GitHub refused to read environment production (403')
    expect(error.message).toContain('the token lacks `actions: read`')
  })
})

describe("a run's approvals", () => {
  it('count only approvals of that environment, the latest of each reviewer', async () => {
    const run = stand.gh.repo().run({
      approvals: [
        { environments: ['production'], state: 'approved', user: 'alice', comment: 'first' },
        {
          environments: ['Production', 'test'],
          state: 'approved',
          user: 'alice',
          comment: 'latest'
        },
        { environments: ['production'], state: 'rejected', user: 'bob', comment: 'no' },
        { environments: ['test'], state: 'approved', user: 'carol', comment: '' }
      ]
    })
    stand.gh.repo().environment('production')
    const approvals = new RunApprovals(octokitFor(), 'octo-org', 'hello', String(run.id))
    expect(await approvals.latestByUser('production')).toEqual([
      { user: 'alice', comment: 'latest' }
    ])
    expect(await approvals.approvers('test')).toEqual(['alice', 'carol'])
    // Read once, shared by every check.
    expect(stand.gh.calls.filter((c) => c.route.endsWith('/approvals'))).toHaveLength(1)
  })

  it('without actions: read, the refusal names the permission', async () => {
    const run = stand.gh.repo().run({})
    const token = stand.gh.addToken({ permissions: { deployments: 'write' } })
    const approvals = new RunApprovals(octokitFor(token), 'octo-org', 'hello', String(run.id))
    await expect(approvals.approvers('production')).rejects.toThrow(/lacks `actions: read`/)
  })
})

describe('the TOTP state on GitHub', () => {
  const environmentNamed = (name: string) => config.environments.find((e) => e.name === name)!

  function context(environment: string, log = capturingLogger()): PolicyContext {
    const octokit = octokitFor()
    return {
      config,
      environment: environmentNamed(environment),
      package: null,
      operation: 'restart',
      actor: 'alice',
      activity: new GitHubDeploymentsLog({
        octokit,
        owner: 'octo-org',
        repo: 'hello',
        fallbackRef: stand.gh.repo().defaultBranch,
        runId: undefined,
        isProduction: () => false
      }),
      log
    }
  }

  /** One job's TOTP check: its own fresh state folder, the approval comment's code. */
  function jobPolicy(comment: string) {
    return totpPolicy({
      users: () => Promise.resolve(['alice']),
      offers: [offerFromComment('alice', comment)],
      secrets: () =>
        Promise.resolve(parseTotpSecrets(SECRETS, 'MXDEPLOY_TOTP_SECRETS', capturingLogger())),
      stateDir,
      ledger: new DeploymentsMfaLedger({ octokit: octokitFor(), owner: 'octo-org', repo: 'hello' })
    })
  }

  const startOf = (environment: string) => (facts: { mfa?: unknown; approvers?: string[] }) => ({
    id: 'x',
    time: new Date().toISOString(),
    app: 'hello',
    environment,
    operation: 'restart' as const,
    package: null,
    actor: 'alice',
    approvers: facts.approvers ?? [],
    mfa: (facts.mfa ?? null) as never,
    commit: null,
    runUrl: null,
    stories: []
  })

  it('two jobs that both accepted one code before either recorded it: the later record is refused', async () => {
    const code = await totpCode(
      parseTotpSecrets(SECRETS, 't', capturingLogger()).secretOf('alice')!,
      Date.now() / 1000
    )
    const a = { policy: jobPolicy(code), context: context('production') }
    const b = { policy: jobPolicy(code), context: context('production-eu') }
    // Both check before either record exists, as two jobs started by one approval may.
    const factsA = await checkPolicies([a.policy], a.context, startOf('production'))
    const factsB = await checkPolicies([b.policy], b.context, startOf('production-eu'))
    const openA = await a.context.activity.begin(startOf('production')(factsA))
    const openB = await b.context.activity.begin(startOf('production-eu')(factsB))
    await confirmPolicies([a.policy], a.context, openA)
    const refused = await confirmPolicies([b.policy], b.context, openB).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(PolicyRefusal)
    expect((refused as Error).message).toContain(
      'the code alice gave was accepted by another run at the same moment'
    )
    const [later] = stand.gh.repo().deployments.filter((d) => d.environment === 'production-eu')
    expect(later!.statuses.at(-1)).toMatchObject({ state: 'failure' })

    // And from then on, a new job sees the code as spent and alice's session where it won.
    const again = await refusal(
      checkPolicies([jobPolicy(code)], context('production-eu'), startOf('production-eu'))
    )
    expect(again).toContain('the code alice gave for production-eu was already used')
    const session = await checkPolicies(
      [jobPolicy('')],
      context('production'),
      startOf('production')
    )
    expect(session.mfa?.users).toEqual([{ user: 'alice', via: 'session' }])
  })

  it('five wrong codes in five jobs lock alice out in the sixth, whatever her code', async () => {
    for (let i = 0; i < 5; i++) {
      const refused = await refusal(
        checkPolicies(
          [jobPolicy(`${100000 + i}`)],
          context('production-eu'),
          startOf('production-eu')
        )
      )
      expect(refused).toContain('the code alice gave for production-eu is wrong')
    }
    const code = await totpCode(
      parseTotpSecrets(SECRETS, 't', capturingLogger()).secretOf('alice')!,
      Date.now() / 1000
    )
    const locked = await refusal(
      checkPolicies([jobPolicy(code)], context('production'), startOf('production'))
    )
    expect(locked).toMatch(
      /alice is locked out after 5 wrong TOTP codes in 15 minutes; no code is accepted until/
    )
    expect(stand.gh.repo().deployments.map((d) => d.statuses.at(-1)!.state)).toEqual(
      Array(6).fill('failure')
    )
  })
})

describe('the GitHub protection policy', () => {
  it('stops at a missing actions: read before asking for any token', async () => {
    stand.gh.repo().environment('production', { reviewers: ['alice'], preventSelfReview: true })
    const token = stand.gh.addToken({ permissions: { deployments: 'write' } })
    let asked = false
    const policy = githubProtectionPolicy({
      octokit: octokitFor(token),
      owner: 'octo-org',
      repo: 'hello',
      runId: stand.gh.env()['GITHUB_RUN_ID'],
      approvals: new RunApprovals(octokitFor(token), 'octo-org', 'hello', '1'),
      issuer: actionsIssuer(stand.gh.url),
      idToken: () => {
        asked = true
        return Promise.resolve('')
      }
    })
    const error = await policy
      .check({ environment: config.environments[0]! } as PolicyContext)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error).not.toBeInstanceOf(PolicyRefusal)
    expect(asked).toBe(false)
  })

  it("checks the token's claims against this run: environment, repository, run", async () => {
    const { gh } = stand
    gh.repo().environment('production', { reviewers: ['alice'], preventSelfReview: true })
    const run = gh.repo().run({
      approvals: [{ environments: ['production'], state: 'approved', user: 'alice', comment: '' }]
    })
    const policyWith = (claims: Record<string, unknown>, environment: string | null) =>
      githubProtectionPolicy({
        octokit: octokitFor(),
        owner: 'octo-org',
        repo: 'hello',
        runId: String(run.id),
        approvals: new RunApprovals(octokitFor(), 'octo-org', 'hello', String(run.id)),
        issuer: actionsIssuer(gh.url),
        idToken: (audience) =>
          Promise.resolve(
            gh.oidc.mint(audience, { environment, claims: { run_id: String(run.id), ...claims } })
          )
      })
    const check = (claims: Record<string, unknown>, environment: string | null) =>
      policyWith(claims, environment).check({
        environment: config.environments[0]!
      } as PolicyContext)
    expect(await check({}, 'Production')).toEqual({ approvers: ['alice'] })
    expect(await refusal(check({}, null))).toBe(
      'production is protected: the job runs in no GitHub environment: give it "environment: production" so that GitHub asks the environment\'s reviewers before it starts'
    )
    expect(await refusal(check({ run_id: '1' }, 'production'))).toBe(
      `production is protected: the job's OIDC token is for run 1, not this run (${run.id})`
    )
    expect(await refusal(check({ repository: 'octo-org/other' }, 'production'))).toBe(
      "production is protected: the job's OIDC token is for repository octo-org/other, not octo-org/hello"
    )
  })
})
