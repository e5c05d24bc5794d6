import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import {
  appRepo,
  buildAndPublish as publishIn,
  cliOk,
  stage as stageIn
} from './support/app-repo.js'
import { commit, commits, git, type newRepo } from './support/git-repo.js'

// The CLI on a real git checkout: the build manifest carries the stories since the previous
// package, and each stage records the stories since the environment's last deployment.

let repo: ReturnType<typeof newRepo>

beforeEach(async () => {
  repo = await appRepo()
})
afterEach(() => repo.cleanup())

const cli = (...args: string[]) => cliOk(repo.dir, ...args)
const buildAndPublish = (number: string) => publishIn(repo.dir, number)
const stage = (environment: string) => stageIn(repo.dir, environment)

describe('stories of packages and deployments (CLI, real git)', () => {
  test('the first package and deployment read the whole history; later ones only what is new', async () => {
    commits(repo.dir, ['Initial commit', 'ABC-1 login page', 'ABC-2 logout'])
    expect((await buildAndPublish('1')).stories).toEqual(['ABC-2', 'ABC-1'])
    const first = await stage('test')
    expect(first.record.stories).toEqual(['ABC-2', 'ABC-1'])

    const [search] = commits(repo.dir, ['ABC-3 search', 'Fix typo'])
    expect((await buildAndPublish('2')).stories).toEqual(['ABC-3'])
    expect((await stage('test')).record.stories).toEqual(['ABC-3'])
    // acceptance never ran anything: its first deployment brings everything.
    expect((await stage('acceptance')).record.stories).toEqual(['ABC-3', 'ABC-2', 'ABC-1'])

    // The range starts at the environment's last deployment, not at the previous package:
    // package 3 skips test, so test's next deployment brings what 3 and 4 brought.
    commit(repo.dir, 'ABC-4 export')
    await buildAndPublish('3')
    commit(repo.dir, 'ABC-5 import')
    expect((await buildAndPublish('4')).stories).toEqual(['ABC-5'])
    const staged = await stage('test')
    expect(staged.record.stories).toEqual(['ABC-5', 'ABC-4'])
    expect(staged.record.commit).toBe(git(repo.dir, ['rev-parse', 'HEAD']))

    const activity = await cli('activity', '--json')
    expect(activity.json.map((r: { stories: string[] }) => r.stories)).toEqual([
      ['ABC-5', 'ABC-4'],
      ['ABC-3', 'ABC-2', 'ABC-1'],
      ['ABC-3'],
      ['ABC-2', 'ABC-1']
    ])
    expect(search).toMatch(/^[0-9a-f]{40}$/)
  })

  test('the pipeline builds with the stories since the last package and records them per stage', async () => {
    commits(repo.dir, ['Initial commit', 'ABC-1 login page'])
    const first = await cli('pipeline', '--build-number', '1', '--json')
    expect(first.json.package.stories).toEqual(['ABC-1'])
    commit(repo.dir, 'ABC-2 logout')
    const second = await cli('pipeline', '--build-number', '2', '--json')
    expect(second.json.package.stories).toEqual(['ABC-2'])
    const activity = await cli('activity', '--json')
    expect(
      activity.json.map((r: { environment: string; stories: string[] }) => [
        r.environment,
        r.stories
      ])
    ).toEqual([
      ['acceptance', ['ABC-2']],
      ['test', ['ABC-2']],
      ['acceptance', ['ABC-1']],
      ['test', ['ABC-1']]
    ])
  })

  test('a rebuild of the same commit carries the stories since the package before it', async () => {
    commits(repo.dir, ['Initial commit', 'ABC-1 login page'])
    await buildAndPublish('1')
    commit(repo.dir, 'ABC-2 logout')
    expect((await buildAndPublish('2')).stories).toEqual(['ABC-2'])
    expect((await buildAndPublish('3')).stories).toEqual(['ABC-2'])
  })

  test('the first deployment stops at traceability.limit and says so', async () => {
    commits(repo.dir, ['Initial commit', 'ABC-1 a', 'ABC-2 b', 'ABC-3 c'])
    await writeFile(
      join(repo.dir, 'mxdeploy.yml'),
      `app: hello
repository: file:.mxdeploy/packages
traceability: { limit: 2 }
environments:
  test: {}
`
    )
    await buildAndPublish('1')
    const run = await mxdeploy(['stage', '--environment', 'test', '--json'], { cwd: repo.dir })
    expect(run.code, run.stderr).toBe(0)
    expect(run.json.record.stories).toEqual(['ABC-3', 'ABC-2'])
    expect(run.stderr).toContain(
      'first deployment to test: 2 commits (the newest 2, traceability.limit)'
    )
  })

  test('a shallow clone without the history warns with the fix and records the package stories', async () => {
    commits(repo.dir, ['Initial commit', 'ABC-1 a', 'ABC-2 b'])
    await buildAndPublish('1')
    await stage('test')
    commits(repo.dir, ['ABC-3 c', 'ABC-4 d'])
    const clone = join(repo.dir, '.mxdeploy', 'clone')
    git(repo.dir, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone])
    // The shallow clone builds and stages with the original's repository and activity log.
    const shared = ['--repository', `file:${join(repo.dir, '.mxdeploy', 'packages')}`, '--json']
    const out = join(clone, 'hello-2.mda')
    const built = await mxdeploy(
      ['build', '--deployment-dir', 'deployment', '--version', '1.0.0.2', '--out', out, ...shared],
      { cwd: clone }
    )
    expect(built.code, built.stderr).toBe(0)
    expect(built.json.manifest.stories).toEqual([])
    expect(built.stderr).toMatch(/the stories of this package could not be read.*fetch-depth: 0/)
    expect((await mxdeploy(['publish', out, ...shared], { cwd: clone })).code).toBe(0)
    const staged = await mxdeploy(
      ['stage', '--environment', 'test', '--state-dir', join(repo.dir, '.mxdeploy'), ...shared],
      { cwd: clone }
    )
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.stderr).toMatch(
      /the commits this deployment brings to test could not be read: .*fetch-depth: 0.*The deployment goes on/
    )
    expect(staged.json.record.stories).toEqual([])
  })
})
