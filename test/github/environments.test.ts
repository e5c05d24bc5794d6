import { describe, expect, it } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }

describe('GitHub stand-in: environments', () => {
  const stand = useGitHubStandIn()

  it('shows a seeded environment’s protection rules as GitHub does', async () => {
    const { gh } = stand
    gh.repo().environment('production', {
      reviewers: ['alice', 'bob'],
      waitTimer: 5,
      preventSelfReview: true,
      branchPolicy: { patterns: ['main', 'release/*'] }
    })
    const octokit = clientFor(gh)
    const { data } = await octokit.rest.repos.getEnvironment({
      ...repo,
      environment_name: 'production'
    })
    const rules = data.protection_rules ?? []
    expect(rules.map((rule) => rule.type)).toEqual([
      'wait_timer',
      'required_reviewers',
      'branch_policy'
    ])
    expect(rules[0]).toMatchObject({ wait_timer: 5 })
    expect(rules[1]).toMatchObject({ prevent_self_review: true })
    const reviewers = (rules[1] as { reviewers: { type: string; reviewer: { login: string } }[] })
      .reviewers
    expect(reviewers.map((r) => [r.type, r.reviewer.login])).toEqual([
      ['User', 'alice'],
      ['User', 'bob']
    ])
    expect(data.deployment_branch_policy).toEqual({
      protected_branches: false,
      custom_branch_policies: true
    })
    const policies = await octokit.rest.repos.listDeploymentBranchPolicies({
      ...repo,
      environment_name: 'production'
    })
    expect(policies.data.branch_policies.map((p) => p.name)).toEqual(['main', 'release/*'])
  })

  it('creates and updates an environment through the API (reviewers by user id)', async () => {
    const { gh } = stand
    const alice = gh.state.user('alice')
    const octokit = clientFor(gh)
    const created = await octokit.rest.repos.createOrUpdateEnvironment({
      ...repo,
      environment_name: 'acceptance',
      wait_timer: 0,
      reviewers: [{ type: 'User', id: alice.id }],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false }
    })
    expect(created.data.protection_rules?.map((rule) => rule.type)).toEqual([
      'required_reviewers',
      'branch_policy'
    ])
    const updated = await octokit.rest.repos.createOrUpdateEnvironment({
      ...repo,
      environment_name: 'acceptance',
      deployment_branch_policy: null
    })
    expect(updated.data.deployment_branch_policy).toBeNull()
    expect(gh.repo().environments.get('acceptance')?.reviewers).toEqual(['alice'])
    const all = await octokit.rest.repos.getAllEnvironments(repo)
    expect(all.data).toMatchObject({ total_count: 1 })
  })

  it('adds name patterns to a custom branch policy, redirecting a duplicate to the existing one', async () => {
    const { gh } = stand
    gh.repo().environment('test', { branchPolicy: { patterns: ['main'] } })
    gh.repo().environment('open')
    const octokit = clientFor(gh)
    const params = { ...repo, environment_name: 'test', name: 'release/*', type: 'branch' as const }
    const created = await octokit.rest.repos.createDeploymentBranchPolicy(params)
    expect(created.data).toMatchObject({ name: 'release/*', type: 'branch' })
    const duplicate = await fetch(
      `${gh.apiUrl}/repos/octo-org/hello/environments/test/deployment-branch-policies`,
      {
        method: 'POST',
        redirect: 'manual',
        headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'release/*', type: 'branch' })
      }
    )
    expect(duplicate.status).toBe(303)
    expect(duplicate.headers.get('location')).toMatch(/\/deployment-branch-policies\/\d+$/)
    const open = await failureOf(
      octokit.rest.repos.createDeploymentBranchPolicy({ ...params, environment_name: 'open' })
    )
    expect(open.status).toBe(404)
  })

  it('answers 422 for a branch policy with both or neither kind, and for an unknown reviewer', async () => {
    const octokit = clientFor(stand.gh)
    const both = await failureOf(
      octokit.rest.repos.createOrUpdateEnvironment({
        ...repo,
        environment_name: 'x',
        deployment_branch_policy: { protected_branches: true, custom_branch_policies: true }
      })
    )
    expect(both.status).toBe(422)
    const nobody = await failureOf(
      octokit.rest.repos.createOrUpdateEnvironment({
        ...repo,
        environment_name: 'x',
        reviewers: [{ type: 'User', id: 424242 }]
      })
    )
    expect(nobody.data.message).toBe('Reviewer with id 424242 could not be found')
  })

  it('fails the test on team reviewers, which the stand-in does not implement', async () => {
    const { gh } = stand
    const failure = await failureOf(
      clientFor(gh, { retries: 0 }).rest.repos.createOrUpdateEnvironment({
        ...repo,
        environment_name: 'x',
        reviewers: [{ type: 'Team', id: 1 }]
      })
    )
    expect(failure.status).toBe(501)
    expect(gh.takeViolations()[0]).toContain(
      'not implemented by the GitHub stand-in: team reviewers'
    )
  })

  it('answers 404 for an unknown environment and needs administration: write to change one', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    expect(
      (await failureOf(octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'nope' })))
        .status
    ).toBe(404)
    const reader = clientFor(gh, { token: gh.addToken({ permissions: { actions: 'read' } }) })
    const failure = await failureOf(
      reader.rest.repos.createOrUpdateEnvironment({ ...repo, environment_name: 'x' })
    )
    expect(failure.headers['x-accepted-github-permissions']).toBe('administration=write')
  })
})

describe('GitHub stand-in: workflow runs, approvals and pending deployments', () => {
  const stand = useGitHubStandIn()

  function seed(preventSelfReview = false) {
    const { gh } = stand
    gh.repo().environment('production', { reviewers: ['alice', 'octocat'], preventSelfReview })
    return gh.repo().run({ actor: 'octocat', pending: ['production'], runNumber: 42 })
  }

  it('reads a run and what it waits for', async () => {
    const { gh } = stand
    const run = seed()
    const octokit = clientFor(gh)
    const read = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: run.id })
    expect(read.data).toMatchObject({
      id: run.id,
      run_number: 42,
      status: 'waiting',
      actor: { login: 'octocat' }
    })
    const pending = await octokit.rest.actions.getPendingDeploymentsForRun({
      ...repo,
      run_id: run.id
    })
    expect(pending.data).toHaveLength(1)
    expect(pending.data[0]?.environment.name).toBe('production')
    expect(pending.data[0]?.reviewers.map((r) => (r.reviewer as { login: string }).login)).toEqual([
      'alice',
      'octocat'
    ])
    // The default token acts as github-actions[bot], which is no reviewer.
    expect(pending.data[0]?.current_user_can_approve).toBe(false)
  })

  it('records an approval, creates the deployment and lists the review', async () => {
    const { gh } = stand
    const run = seed()
    const env = gh.repo().environments.get('production')!
    const alice = clientFor(gh, { token: gh.addToken({ user: 'alice' }) })
    const approved = await alice.rest.actions.reviewPendingDeploymentsForRun({
      ...repo,
      run_id: run.id,
      environment_ids: [env.id],
      state: 'approved',
      comment: '123456'
    })
    expect(approved.data.map((d) => d.environment)).toEqual(['production'])
    expect(run.status).toBe('in_progress')
    const approvals = await alice.rest.actions.getReviewsForRun({ ...repo, run_id: run.id })
    expect(approvals.data).toEqual([
      expect.objectContaining({
        state: 'approved',
        comment: '123456',
        user: expect.objectContaining({ login: 'alice' })
      })
    ])
    expect(approvals.data[0]?.environments.map((e) => e.name)).toEqual(['production'])
  })

  it('refuses a review from a non-reviewer, a self-review when prevented, and one with nothing pending', async () => {
    const { gh } = stand
    const run = seed(true)
    const id = gh.repo().environments.get('production')!.id
    const review = (user: string) =>
      clientFor(gh, { token: gh.addToken({ user }) }).rest.actions.reviewPendingDeploymentsForRun({
        ...repo,
        run_id: run.id,
        environment_ids: [id],
        state: 'approved',
        comment: 'ok'
      })
    expect((await failureOf(review('mallory'))).data.message).toBe(
      'mallory is not allowed to review deployments to production'
    )
    expect((await failureOf(review('octocat'))).status).toBe(422)
    await review('alice')
    expect((await failureOf(review('alice'))).data.message).toBe(
      'No pending deployment requests to approve or reject'
    )
  })

  it('fails the run on a rejection', async () => {
    const { gh } = stand
    const run = seed()
    const id = gh.repo().environments.get('production')!.id
    const alice = clientFor(gh, { token: gh.addToken({ user: 'alice' }) })
    await alice.rest.actions.reviewPendingDeploymentsForRun({
      ...repo,
      run_id: run.id,
      environment_ids: [id],
      state: 'rejected',
      comment: 'no'
    })
    expect([run.status, run.conclusion]).toEqual(['completed', 'failure'])
    expect(gh.repo().deployments).toHaveLength(0)
  })

  it('has the run of the job itself (GITHUB_RUN_ID) seeded', async () => {
    const { gh } = stand
    const run = await clientFor(gh).rest.actions.getWorkflowRun({
      ...repo,
      run_id: Number(gh.env().GITHUB_RUN_ID)
    })
    expect(run.data.head_sha).toBe(gh.env().GITHUB_SHA)
  })
})
