/**
 * What checking every call against GitHub's OpenAPI description costs: the same batch of
 * calls (a publish, a stage and a trace, roughly) against a stand-in with and without
 * validation, side by side in one run. Run: npx vitest bench --run test/github/validation-cost
 */
import { bench, describe } from 'vitest'
import { openApiDocument } from '../support/github/openapi/document.js'
import { startGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'
import { clientFor } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }
let serial = 0

async function seeded(validate: boolean): Promise<GitHubStandIn> {
  const gh = await startGitHubStandIn({ validate })
  gh.repo().environment('production', { reviewers: ['octocat'], waitTimer: 1 })
  gh.repo().branch('ABC-1')
  gh.repo().commitAll(['ABC-1 one', 'ABC-1 two'], 'ABC-1')
  gh.repo().pullRequest({ title: 'ABC-1', head: 'ABC-1', merged: true })
  return gh
}

/** Sixteen calls across releases, assets, deployments, environments, runs, compare, comments. */
async function batch(gh: GitHubStandIn): Promise<void> {
  const octokit = clientFor(gh)
  const tag = `hello-${++serial}`
  const release = await octokit.rest.repos.createRelease({ ...repo, tag_name: tag })
  const mda = Buffer.alloc(4096, serial % 256)
  await octokit.request({
    method: 'POST',
    url: release.data.upload_url,
    name: 'hello.mda',
    data: mda,
    headers: { 'content-type': 'application/zip' }
  })
  await octokit.rest.repos.getReleaseByTag({ ...repo, tag })
  await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.data.id })
  const deployment = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: 'main',
    environment: 'production',
    required_contexts: []
  })
  const id = (deployment.data as { id: number }).id
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: 'in_progress'
  })
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: 'success',
    environment_url: 'https://hello.example.com'
  })
  await octokit.rest.repos.listDeployments({ ...repo, environment: 'production', per_page: 5 })
  await octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'production' })
  const runId = Number(gh.env().GITHUB_RUN_ID)
  await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId })
  await octokit.rest.actions.getReviewsForRun({ ...repo, run_id: runId })
  const compare = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${tag}...ABC-1`
  })
  await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: compare.data.commits[0]?.sha ?? 'main'
  })
  const comment = await octokit.rest.issues.createComment({
    ...repo,
    issue_number: 1,
    body: `deployed ${tag}`
  })
  await octokit.rest.issues.updateComment({
    ...repo,
    comment_id: comment.data.id,
    body: `deployed ${tag} to production`
  })
  await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 5 })
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

// One-time costs, in the order a test file meets them.
const documentStart = performance.now()
openApiDocument()
const documentMs = performance.now() - documentStart
const plain = await seeded(false)
const checked = await seeded(true)
const firstPlainMs = await timed(() => batch(plain))
const firstCheckedMs = await timed(() => batch(checked))
console.log(
  `GitHub description load (both modes, once per process): ${documentMs.toFixed(0)} ms; ` +
    `first batch without validation: ${firstPlainMs.toFixed(0)} ms, with validation ` +
    `(compiling its schemas): ${firstCheckedMs.toFixed(0)} ms`
)

describe('a batch of 16 GitHub calls through the stand-in', () => {
  bench('without validation (reference)', () => batch(plain), { time: 4000, warmupTime: 500 })
  bench('with OpenAPI validation', () => batch(checked), { time: 4000, warmupTime: 500 })
})
