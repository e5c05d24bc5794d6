import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun } from '../support/runner/index.js'

// One rule picks the package repository for every command and both faces
// (src/app/repository-choice.ts): what the publish action writes is where the stage action and
// the CLI look. The bundled actions run as the runner runs them, against the GitHub stand-in.

const stand = useGitHubStandIn()
let dir = ''
let sha = ''
const runs: ActionRun[] = []

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(
    dir,
    `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
repository: file:${join(dir, 'packages')}
environments:
  test:
    target: { type: local, path: ${join(dir, 'envs', 'test')} }
`
  )
  sha = stand.gh.repo().commit('ABC-1 greet the user')
})

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
})

async function action(name: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction(name, {
    cwd: dir,
    apiUrl: stand.gh.apiUrl,
    github: { repository: 'octo-org/hello', sha, runId: '4242', token: stand.gh.token },
    inputs: { 'github-token': stand.gh.token, ...inputs }
  })
  runs.push(run)
  return run
}

const errors = (run: ActionRun): string[] =>
  run.annotations.filter((a) => a.level === 'error').map((a) => a.message)

describe('the repository mxdeploy.yml names', () => {
  test('is where the publish action puts the package and the stage action finds it', async () => {
    const built = await mxdeploy(['build', '--out', join(dir, 'hello.mda')], { cwd: dir })
    expect(built.code, built.stderr).toBe(0)

    const published = await action('publish', { 'mda-path': 'hello.mda' })
    expect(errors(published)).toEqual([])
    expect(published.exitCode).toBe(0)
    expect(published.outputs['package-url']).toContain(join(dir, 'packages'))
    expect(await readdir(join(dir, 'packages', 'hello'))).toContain('1.2.0.0')
    // Nothing went to GitHub releases.
    expect(stand.gh.repo().releases).toEqual([])

    const staged = await action('stage', { environment: 'test', package: '1.2.0.0' })
    expect(errors(staged)).toEqual([])
    expect(staged.exitCode).toBe(0)
    expect(staged.outputs['package-version']).toBe('1.2.0.0')

    // And the CLI reads the same folder.
    const listed = await mxdeploy(['packages', '--json'], { cwd: dir })
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.json.packages.map((p: { version: string }) => p.version)).toEqual(['1.2.0.0'])
  })
})
