import { readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun, type RunActionOptions } from '../support/runner/index.js'

// The bundled stage action run as the runner runs it, against the GitHub stand-in: each stage is
// a GitHub deployment, and the promotion order is read back from GitHub.

const stand = useGitHubStandIn()
let dir = ''
let sha = ''
const runs: ActionRun[] = []

function config(): string {
  return `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
repository: file:${join(dir, 'packages')}
environments:
  test:
    target: { type: local, path: ${join(dir, 'envs', 'test')} }
  acceptance:
    after: test
    url: https://hello-accp.example.com
    target: { type: local, path: ${join(dir, 'envs', 'acceptance')} }
`
}

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(dir, config())
  sha = stand.gh.repo().commit('ABC-1 greet the user')
  const out = join(dir, 'hello.mda')
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
    { cwd: dir }
  )
  expect(built.code, built.stderr).toBe(0)
  expect(
    (await mxdeploy(['publish', out, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir })).code
  ).toBe(0)
})

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
})

async function stage(
  inputs: Record<string, string>,
  options: Partial<RunActionOptions> = {}
): Promise<ActionRun> {
  const result = await runAction('stage', {
    cwd: dir,
    apiUrl: stand.gh.apiUrl,
    github: { repository: 'octo-org/hello', sha, runId: '4242', token: stand.gh.token },
    inputs: { 'github-token': stand.gh.token, ...inputs },
    ...options
  })
  runs.push(result)
  return result
}

function errors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

describe('stage action', () => {
  test('deploys, records a GitHub deployment with its statuses, and sets the outputs', async () => {
    const result = await stage({ environment: 'test', package: '1.2.0.1' })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const [deployment] = stand.gh.repo().deployments
    expect(deployment).toMatchObject({
      environment: 'test',
      sha,
      task: 'deploy',
      production: false
    })
    expect(deployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(deployment!.statuses[1]).toMatchObject({
      logUrl: expect.stringContaining('/octo-org/hello/actions/runs/4242')
    })
    expect(result.outputs).toMatchObject({
      'deployment-id': String(deployment!.id),
      'package-version': '1.2.0.1',
      changed: 'true'
    })
    expect(await readlink(join(dir, 'envs', 'test', 'current'))).toContain('1.2.0.1-')
    expect(result.summary).toContain('## ✅ Deployed hello 1\\.2\\.0\\.1 to test')
    expect(result.summary).toContain('| Environment | test |')
    expect(result.masks).toContain(stand.gh.token)
  })

  test('the promotion order is read back from GitHub: acceptance waits for test', async () => {
    const refused = await stage({ environment: 'acceptance', package: '1.2.0.1' })
    expect(refused.exitCode).toBe(1)
    expect(errors(refused)[0]).toContain(
      'acceptance comes after test, and test has not run hello 1.2.0.1'
    )
    expect(stand.gh.repo().deployments).toEqual([])

    expect((await stage({ environment: 'test', package: '1.2.0.1' })).exitCode).toBe(0)
    const promoted = await stage({ environment: 'acceptance', package: '1.2.0.1' })
    expect(errors(promoted)).toEqual([])
    // The summary draws the promotion from the deployments GitHub holds.
    expect(promoted.summary).toContain(
      '  e0["test ✅ 1.2.0.1"]\n  e1["acceptance ✅ 1.2.0.1"]\n  e0 --> e1\n'
    )
    expect(promoted.outputs['environment-url']).toBe('https://hello-accp.example.com')
    const last = stand.gh.repo().deployments.at(-1)!
    expect(last.statuses.at(-1)).toMatchObject({
      state: 'success',
      environmentUrl: 'https://hello-accp.example.com'
    })

    // Re-staging what runs switches nothing and records nothing.
    const again = await stage({ environment: 'acceptance', package: '1.2.0.1' })
    expect(again.outputs).toMatchObject({ changed: 'false', 'deployment-id': '' })
    expect(stand.gh.repo().deployments).toHaveLength(2)
  })

  test("another run's deployment in progress refuses the stage", async () => {
    expect((await stage({ environment: 'test' })).exitCode).toBe(0)
    // A second run leaves its deployment in progress…
    const [first] = stand.gh.repo().deployments
    first!.statuses.push({ ...first!.statuses[0]!, state: 'in_progress' } as never)
    ;(first!.payload as Record<string, unknown>)['runId'] = '1111'
    const busy = await stage({ environment: 'test', redeploy: 'true' })
    expect(busy.exitCode).toBe(1)
    expect(errors(busy)[0]).toContain('another run is deploying to test')
    expect(errors(busy)[0]).toContain('concurrency: mxdeploy-test')
  })

  test('a token without deployments: write gets the permission named', async () => {
    const token = stand.gh.addToken({ permissions: { deployments: 'read', contents: 'read' } })
    const result = await stage({ environment: 'test', 'github-token': token })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toContain('deployments: write')
  })

  test('unknown environment and a protected environment are refused before anything happens', async () => {
    const unknown = await stage({ environment: 'staging' })
    expect(errors(unknown)[0]).toContain('unknown environment "staging"')
    await writeConfig(
      dir,
      `${config()}  production:\n    after: acceptance\n    protection: { reviewers: required }\n`
    )
    const guarded = await stage({ environment: 'production' })
    expect(guarded.exitCode).toBe(1)
    expect(stand.gh.repo().deployments).toEqual([])
  })
})
