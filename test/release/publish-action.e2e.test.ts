import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { buildExample } from '../artifact/packages.js'
import { FakeArtifactService } from '../support/artifacts/artifact-service.js'
import { copyExample } from '../support/example-app.js'
import { useGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun, type RunActionOptions } from '../support/runner/index.js'

// The bundled publish action (dist/publish/index.js, from `node scripts/package.mjs`), run as the
// runner runs it, against the GitHub stand-in and the Actions artifact service's contract fake.

const runs: ActionRun[] = []
afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
  expect(fake.violations).toEqual([])
})

let fake: FakeArtifactService
beforeAll(async () => {
  fake = await FakeArtifactService.start()
})
afterAll(async () => {
  await fake.close()
})

/**
 * The job's github context on the stand-in: its repository, head commit and token. `serverUrl`
 * github.com: the artifact client refuses any other host (it takes it for GHES).
 */
function job(
  gh: GitHubStandIn,
  token = gh.token,
  serverUrl?: string
): Pick<RunActionOptions, 'apiUrl' | 'github'> {
  const env = gh.env()
  return {
    apiUrl: gh.apiUrl,
    github: {
      repository: env.GITHUB_REPOSITORY!,
      sha: env.GITHUB_SHA!,
      token,
      ...(serverUrl ? { serverUrl } : {})
    }
  }
}

async function run(name: string, options: RunActionOptions): Promise<ActionRun> {
  const result = await runAction(name, options)
  runs.push(result)
  return result
}

const errors = (result: ActionRun): string[] =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message)

const writes = (gh: GitHubStandIn, from = 0): string[] =>
  gh.calls
    .slice(from)
    .filter((c) => c.method !== 'GET')
    .map((c) => c.route)

describe('publish action', () => {
  const stand = useGitHubStandIn()

  test('publishes mda-path as a GitHub release by default; a rerun changes nothing', async () => {
    const { gh } = stand
    const pkg = await buildExample('1.2.0.3', '', 'hello')
    const first = await run('publish', {
      ...job(gh),
      cwd: pkg.dir,
      inputs: { 'mda-path': basename(pkg.path) }
    })
    expect(errors(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    const url = `${gh.url}/octo-org/hello/releases/download/hello-v1.2.0.3/hello_1.2.0.3.mda`
    expect(first.outputs).toEqual({
      'package-id': 'hello@1.2.0.3',
      'package-url': url,
      sha256: pkg.sha256,
      'package-version': '1.2.0.3'
    })
    // The example's mxdeploy.yml names no repository: a job's default is github-release.
    expect(first.logLines.join('\n')).toContain('to github-release')
    expect(first.summary).toContain('### Published hello 1\\.2\\.0\\.3')
    expect(first.summary).toContain(`| Package | [hello\\_1\\.2\\.0\\.3\\.mda](${url}) |`)
    expect(first.summary).toContain(`| SHA-256 | \`${pkg.sha256}\` |`)
    expect(first.masks).toContain(gh.token)
    for (const text of [first.summary, ...first.logLines, JSON.stringify(first.outputs)]) {
      expect(text).not.toContain(gh.token)
    }
    const [release] = gh.repo().releases
    expect(release).toMatchObject({ tagName: 'hello-v1.2.0.3', draft: false })
    expect(release!.assets.find((a) => a.name === 'hello_1.2.0.3.mda')?.bytes).toEqual(
      await readFile(pkg.path)
    )

    // The same step again, through the root action: success, and not a single write.
    const calls = gh.calls.length
    const again = await run('root', {
      ...job(gh),
      cwd: pkg.dir,
      inputs: { command: 'publish', 'mda-path': basename(pkg.path) }
    })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['package-url']).toBe(url)
    expect(again.summary).toContain('was already published with the same content')
    expect(writes(gh, calls)).toEqual([])
    expect(gh.repo().releases).toHaveLength(1)
  })

  test('takes the package from the artifact the build job uploaded in the same run', async () => {
    const { gh } = stand
    const workflowRun = fake.newRun()
    const artifacts = (): { runtimeToken: string; resultsUrl: string } => {
      const env = fake.jobEnv(workflowRun)
      return { runtimeToken: env.ACTIONS_RUNTIME_TOKEN!, resultsUrl: env.ACTIONS_RESULTS_URL! }
    }
    const build = await run('build', {
      ...job(gh, gh.token, 'https://github.com'),
      cwd: await copyExample(),
      artifacts: artifacts(),
      inputs: { 'deployment-dir': 'deployment', version: '2.0.0', app: 'hello' }
    })
    expect(errors(build)).toEqual([])
    expect(build.outputs['artifact-id']).toMatch(/^\d+$/)

    // Another job: a fresh workspace without the MDA or mxdeploy.yml.
    const publish = await run('publish', {
      ...job(gh, gh.token, 'https://github.com'),
      artifacts: artifacts(),
      inputs: {}
    })
    expect(errors(publish)).toEqual([])
    expect(publish.outputs).toMatchObject({
      'package-id': 'hello@2.0.0.42',
      sha256: build.outputs['sha256']
    })
    const mda = gh.repo().releases[0]!.assets.find((a) => a.name === 'hello_2.0.0.42.mda')
    expect(mda?.bytes).toEqual(await readFile(build.outputs['mda-path']!))
    // The downloaded copy went with the step.
    const left = await readdir(publish.runnerTemp)
    expect(left.filter((name) => name.startsWith('mxdeploy-publish-'))).toEqual([])
  })

  test('a token without contents: write: exit 1 with the permission to grant, nothing published', async () => {
    const { gh } = stand
    const pkg = await buildExample('1.2.0.3', '', 'hello')
    const token = gh.addToken({ permissions: { contents: 'read' } })
    const result = await run('publish', {
      ...job(gh, token),
      cwd: pkg.dir,
      inputs: { 'mda-path': pkg.path }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^GitHub refused to create release hello-v1\.2\.0\.3 in octo-org\/hello \(403 .*\): the token lacks `contents: write`\. Grant it in the workflow with `permissions:` → `contents: write` on the job \(or use a token that has it\)\.$/
      )
    ])
    expect(result.masks).toContain(token)
    expect(result.outputs).toEqual({
      'package-id': '',
      'package-url': '',
      sha256: '',
      'package-version': ''
    })
    expect(gh.repo().releases).toEqual([])
  })

  test('the repository input wins over the default', async () => {
    const { gh } = stand
    const pkg = await buildExample('1.2.0.3', '', 'hello')
    const result = await run('publish', {
      ...job(gh),
      cwd: pkg.dir,
      inputs: { 'mda-path': pkg.path, repository: 'file:kept' }
    })
    expect(errors(result)).toEqual([])
    expect(result.outputs['package-url']).toBe(
      join(pkg.dir, 'kept', 'hello', '1.2.0.3', 'hello_1.2.0.3.mda')
    )
    expect(gh.calls).toEqual([])
  })

  test.each([
    [
      'neither mda-path nor artifact-name',
      { 'artifact-name': '' },
      'nothing to publish: give mda-path (a built MDA) or artifact-name (the workflow artifact the build action uploaded in an earlier job)'
    ],
    [
      'a config file that is not there',
      { 'mda-path': 'x.mda', config: 'deploy/mxdeploy.yml' },
      /^config deploy\/mxdeploy\.yml does not exist \(looked for .*\): fix the config input, or leave it at mxdeploy\.yml$/
    ],
    [
      'an unknown repository',
      { 'mda-path': 'x.mda', repository: 'ftp://example.com' },
      'unknown package repository "ftp://example.com": use file:DIR, github-release, oci://HOST/REPO or artifact[:NAME]'
    ],
    ['artifact-name outside a runner with artifacts', {}, /ACTIONS_RUNTIME_TOKEN/]
  ])('%s fails with exit 1 and says what to do', async (_name, inputs, message) => {
    const { gh } = stand
    const result = await run('publish', { ...job(gh), inputs })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      typeof message === 'string' ? message : expect.stringMatching(message)
    ])
    expect(gh.calls).toEqual([])
  })
})
