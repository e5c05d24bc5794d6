import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { useGitHubStandIn } from '../support/github/index.js'
import { REPO_ROOT } from '../support/runner/index.js'
import { useTempDirs } from '../zip/support/temp-dir.js'

// A dry run of .github/workflows/release.yml on the GitHub stand-in: its own `pack` and
// `release` steps run with bash as the runner runs them (RUNNER_TEMP, GITHUB_OUTPUT, the GITHUB_*
// variables, the step's env), on the repository as it is. Only the steps before them (checkout,
// setup-node, npm ci, the dist/ build and check) are left to GitHub.

const run = promisify(execFile)
const tempDir = useTempDirs()

interface Step {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: { release: { permissions: Record<string, string>; steps: Step[] } }
}

const workflow = parse(
  await readFile(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')
) as Workflow
const steps = workflow.jobs.release.steps

function step(id: string): Step {
  const found = steps.find((s) => s.id === id)
  if (!found?.run) throw new Error(`release.yml has no run step '${id}'`)
  return found
}

/** The runner's evaluation of the only expression the steps' env uses. */
function stepEnv(found: Step, token: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(found.env ?? {}).map(([key, value]) => {
      if (value !== '${{ github.token }}') throw new Error(`unexpected env ${key}: ${value}`)
      return [key, token]
    })
  )
}

describe('the release workflow', () => {
  const stand = useGitHubStandIn()

  it('is started by hand, asks only for contents: write, and builds dist/ before packing', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch'])
    expect(workflow.permissions).toEqual({})
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' })
    const order = steps.map((s) => s.id ?? s.uses ?? s.run?.split('\n')[0])
    expect(order.slice(0, 5)).toEqual([
      'actions/checkout@v6',
      'actions/setup-node@v6',
      'npm ci --no-audit --no-fund',
      'build',
      'pack'
    ])
    expect(order.indexOf('release')).toBe(order.indexOf('pack') + 1)
    expect(step('build').run?.split('\n')[0]).toBe('npm run package')
  })

  it("agrees with this commit's version: package.json, src/version.ts and the CLI", async () => {
    // The build and the git status of dist/ are left out (CI checks dist/ on its own, and an
    // integrator's rebuilt dist/ is uncommitted while tests run): shell functions stand in.
    const script = `npm() { :; }\ngit() { :; }\n${step('build').run ?? ''}`
    const { stdout } = await run('bash', ['-e', '-c', script], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] }
    })
    expect(stdout).toBe('')
  })

  it('dry run on the stand-in: tags v0.x.y, publishes the CLI package, creates then moves v0', async () => {
    const { gh } = stand
    gh.repo().immutableReleases = true
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(pkg.version).toMatch(/^0\.\d+\.\d+$/)
    const tag = `v${pkg.version}`

    /** One run of the workflow's pack and release steps, at `sha`. */
    async function dispatch(sha: string) {
      const home = await tempDir('mxdeploy-release-run-')
      const runnerTemp = join(home, 'runner-temp')
      await mkdir(runnerTemp)
      const output = join(home, 'output')
      await writeFile(output, '')
      const env = {
        PATH: process.env['PATH'],
        HOME: home,
        npm_config_cache: join(home, 'npm-cache'),
        ...gh.env(),
        GITHUB_SHA: sha,
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: output
      }
      for (const id of ['pack', 'release']) {
        const found = step(id)
        await run('bash', ['-e', '-c', found.run ?? ''], {
          cwd: REPO_ROOT,
          env: { ...env, ...stepEnv(found, gh.token) }
        })
      }
      return { runnerTemp, outputs: await readFile(output, 'utf8') }
    }

    const first = gh.env().GITHUB_SHA ?? ''
    const { runnerTemp, outputs } = await dispatch(first)
    expect(gh.repo().refs.get(`refs/tags/${tag}`)).toBe(first)
    expect(gh.repo().refs.get('refs/tags/v0')).toBe(first)
    const release = gh.repo().releases[0]
    expect(release).toMatchObject({ tagName: tag, draft: false, immutable: true })
    const tarball = `mxdeploy-${pkg.version}.tgz`
    expect(release?.assets.map((asset) => asset.name)).toEqual([tarball, `${tarball}.sha256`])
    // The published checksum file checks the published package, as a user would check it.
    const folder = join(runnerTemp, 'published')
    await mkdir(folder)
    for (const asset of release?.assets ?? [])
      await writeFile(join(folder, asset.name), asset.bytes)
    await run('sha256sum', ['-c', `${tarball}.sha256`], { cwd: folder })
    expect(outputs).toContain(`tag=${tag}\nmajor-tag=v0\nrelease-url=${gh.url}/`)

    // The next commit, released as the next patch version, takes v0 along.
    const next = gh.repo().commit('ABC-9 next')
    const nextVersion = pkg.version.replace(/\d+$/, (patch) => String(Number(patch) + 1))
    const found = step('release')
    await run('bash', ['-e', '-c', `${found.run ?? ''} --version ${nextVersion}`], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env['PATH'],
        ...gh.env(),
        GITHUB_SHA: next,
        RUNNER_TEMP: runnerTemp,
        ...stepEnv(found, gh.token)
      }
    })
    expect(gh.repo().refs.get(`refs/tags/v${nextVersion}`)).toBe(next)
    expect(gh.repo().refs.get('refs/tags/v0')).toBe(next)
    expect(gh.repo().refs.get(`refs/tags/${tag}`)).toBe(first)
  })

  it('stops with exit 2 and what to set when the token or the files are missing', async () => {
    const { gh } = stand
    const script = join(REPO_ROOT, 'scripts/release.mjs')
    const env = { PATH: process.env['PATH'], GITHUB_REPOSITORY: 'octo-org/hello' }
    const failure = (args: string[], extra: Record<string, string> = {}) =>
      run(process.execPath, [script, ...args], { env: { ...env, ...extra } }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error
      )
    expect(await failure(['x.tgz'])).toMatchObject({
      code: 2,
      stderr: 'release failed: set GITHUB_TOKEN, GITHUB_SHA\n'
    })
    const withToken = { GITHUB_TOKEN: gh.token, GITHUB_SHA: 'a'.repeat(40) }
    expect(await failure([], withToken)).toMatchObject({
      code: 2,
      stderr: 'release failed: name the files to attach\n'
    })
    expect(await failure(['/nonexistent/x.tgz'], withToken)).toMatchObject({
      code: 2,
      stderr: 'release failed: no such file to attach: /nonexistent/x.tgz\n'
    })
    expect(gh.calls).toEqual([])
  })
})
