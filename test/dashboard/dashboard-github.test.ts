import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun } from '../support/runner/index.js'

// The dashboard from the GitHub Deployments activity log: deployments recorded by the bundled
// stage action against the GitHub stand-in, read back by `mxdeploy dashboard --activity github`
// and by the bundled dashboard action. The workspace is no git checkout, so the stories a
// promotion would bring come from GitHub's compare API.

const stand = useGitHubStandIn()
const runs: ActionRun[] = []
let dir = ''
const shas: string[] = []

const github = () => ({ repository: 'octo-org/hello', runId: '4242', token: stand.gh.token })

async function stage(environment: string, version: string): Promise<ActionRun> {
  const result = await runAction('stage', {
    cwd: dir,
    apiUrl: stand.gh.apiUrl,
    github: { ...github(), sha: shas.at(-1)! },
    inputs: { 'github-token': stand.gh.token, environment, package: version }
  })
  runs.push(result)
  return result
}

async function release(message: string, version: string): Promise<void> {
  shas.push(stand.gh.repo().commit(message))
  const out = join(dir, `hello-${version}.mda`)
  const env = { GITHUB_SHA: shas.at(-1)! }
  const built = await mxdeploy(
    [
      'build',
      '--deployment-dir',
      'deployment',
      '--version',
      version,
      '--out',
      out,
      '--app',
      'hello'
    ],
    { cwd: dir, env }
  )
  expect(built.code, built.stderr).toBe(0)
  const published = await mxdeploy(['publish', out], { cwd: dir, env })
  expect(published.code, published.stderr).toBe(0)
}

beforeEach(async () => {
  shas.length = 0
  dir = await copyExample()
  await writeConfig(
    dir,
    `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
repository: file:${join(dir, 'packages')}
environments:
  test:
    target: { type: local, path: ${join(dir, 'envs', 'test')} }
  acceptance:
    after: test
    target: { type: local, path: ${join(dir, 'envs', 'acceptance')} }
  production:
    after: acceptance
    target: { type: command, run: 'echo "no capacity" && exit 3' }
`
  )
  await release('ABC-1 login page', '1.2.0.1')
  for (const environment of ['test', 'acceptance']) {
    expect((await stage(environment, '1.2.0.1')).exitCode).toBe(0)
  }
  expect((await stage('production', '1.2.0.1')).exitCode).toBe(1)
  await release('ABC-2 logout', '1.2.0.2')
  expect((await stage('test', '1.2.0.2')).exitCode).toBe(0)
}, 120_000)

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
})

describe('the dashboard from GitHub Deployments', () => {
  test('mxdeploy dashboard --activity github reads what the stage action recorded', async () => {
    const run = await mxdeploy(['dashboard', '--activity', 'github', '--out', 'site', '--json'], {
      cwd: dir,
      env: {
        GITHUB_REPOSITORY: 'octo-org/hello',
        GITHUB_TOKEN: stand.gh.token,
        GITHUB_API_URL: stand.gh.apiUrl
      }
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.json.environments).toEqual([
      { name: 'test', version: '1.2.0.2', lastResult: 'success' },
      { name: 'acceptance', version: '1.2.0.1', lastResult: 'success' },
      { name: 'production', version: null, lastResult: 'failure' }
    ])
    expect(run.json.pending).toEqual([
      { from: 'test', to: 'acceptance', version: '1.2.0.2', stories: ['ABC-2'] },
      {
        from: 'acceptance',
        to: 'production',
        version: '1.2.0.1',
        stories: expect.arrayContaining(['ABC-1'])
      }
    ])
    expect(run.json.operations).toBe(4)
    const page = await readFile(run.json.index, 'utf8')
    // GitHub keeps the first line of an error, as the deployment status's description.
    expect(page).toContain('the deploy command exited with 3')
    expect(run.stderr).not.toContain(stand.gh.token)
  })

  test('the bundled dashboard action writes the site for upload-pages-artifact', async () => {
    const result = await runAction('dashboard', {
      cwd: dir,
      apiUrl: stand.gh.apiUrl,
      github: { ...github(), sha: shas.at(-1)! },
      inputs: { 'github-token': stand.gh.token }
    })
    runs.push(result)
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({
      'site-dir': join(dir, '_site'),
      page: join(dir, '_site', 'index.html')
    })
    const page = await readFile(join(dir, '_site', 'index.html'), 'utf8')
    expect(page).toContain('<strong class="version">1.2.0.2</strong>')
    expect(JSON.parse(await readFile(join(dir, '_site', 'data.json'), 'utf8')).pending).toEqual([
      expect.objectContaining({ from: 'test', to: 'acceptance', version: '1.2.0.2' }),
      expect.objectContaining({ from: 'acceptance', to: 'production', version: '1.2.0.1' })
    ])
    expect(result.summary).toContain('## Dashboard of hello')
    expect(result.summary).toContain('Waiting: 1\\.2\\.0\\.2 test → acceptance (1 stories)')
    expect(result.masks).toContain(stand.gh.token)
  })
})
