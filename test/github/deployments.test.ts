import { describe, expect, it } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }

describe('GitHub stand-in: deployments and statuses', () => {
  const stand = useGitHubStandIn()

  it('creates a deployment for a ref and records its statuses, newest first', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const deployment = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'acceptance',
      payload: { package: 'hello-1.2.0' },
      auto_merge: false,
      required_contexts: []
    })
    expect(deployment.status).toBe(201)
    const data = deployment.data as { id: number; sha: string; production_environment: boolean }
    expect(data.sha).toBe(gh.repo().resolveCommit('main'))
    expect(data.production_environment).toBe(false)
    for (const state of ['in_progress', 'success'] as const) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: data.id,
        state,
        log_url: 'https://ci.example/run/1',
        environment_url: 'https://acc.example.com'
      })
    }
    const statuses = await octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: data.id
    })
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(statuses.data[0]).toMatchObject({
      target_url: 'https://ci.example/run/1',
      environment_url: 'https://acc.example.com',
      environment: 'acceptance'
    })
  })

  it('answers "" for unset URLs, as GitHub does (the uri relaxation)', async () => {
    const octokit = clientFor(stand.gh)
    const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main' })
    const id = (data as { id: number }).id
    const status = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'queued'
    })
    expect(status.data).toMatchObject({ target_url: '', log_url: '', environment_url: '' })
  })

  it('filters the list by environment, ref and sha', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const first = gh.repo().resolveCommit('main')!
    await octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'test' })
    const second = gh.repo().commit('second')
    await octokit.rest.repos.createDeployment({ ...repo, ref: second, environment: 'test' })
    await octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'production' })
    const test = await octokit.rest.repos.listDeployments({ ...repo, environment: 'test' })
    expect(test.data.map((d) => d.sha)).toEqual([second, first])
    const bySha = await octokit.rest.repos.listDeployments({ ...repo, sha: first })
    expect(bySha.data.map((d) => d.environment)).toEqual(['test'])
    const byRef = await octokit.rest.repos.listDeployments({ ...repo, ref: 'main' })
    expect(byRef.data.map((d) => d.environment)).toEqual(['production', 'test'])
  })

  it('marks earlier successful deployments to the environment inactive (auto_inactive)', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const deploy = async () => {
      const { data } = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: 'main',
        environment: 'test'
      })
      const id = (data as { id: number }).id
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state: 'success'
      })
      return id
    }
    const older = await deploy()
    await deploy()
    const statuses = await octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: older
    })
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success'])
  })

  it('answers 422 for an unknown ref, a long description and deleting an active deployment', async () => {
    const octokit = clientFor(stand.gh)
    const noRef = await failureOf(octokit.rest.repos.createDeployment({ ...repo, ref: 'nope' }))
    expect([noRef.status, noRef.data.message]).toEqual([422, 'No ref found for: nope'])
    const made = async () =>
      (
        (await octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'test' }))
          .data as { id: number }
      ).id
    const id = await made()
    const long = await failureOf(
      octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state: 'success',
        description: 'x'.repeat(141)
      })
    )
    expect(long.status).toBe(422)
    await made()
    const active = await failureOf(
      octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: id })
    )
    expect(active.status).toBe(422)
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'inactive'
    })
    expect((await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: id })).status).toBe(
      204
    )
  })

  it('reads one deployment and one status; 404 for unknown ids', async () => {
    const octokit = clientFor(stand.gh)
    const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main' })
    const id = (data as { id: number }).id
    const status = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'pending'
    })
    const read = await octokit.rest.repos.getDeploymentStatus({
      ...repo,
      deployment_id: id,
      status_id: status.data.id
    })
    expect(read.data.state).toBe('pending')
    expect(
      (await octokit.rest.repos.getDeployment({ ...repo, deployment_id: id })).data.environment
    ).toBe('production')
    expect(
      (await failureOf(octokit.rest.repos.getDeployment({ ...repo, deployment_id: 1 }))).status
    ).toBe(404)
  })
})
