import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { inspectPackage } from '../../src/mda/inspect.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun } from '../support/runner/index.js'
import { appRepo, cliOk } from '../trace/support/app-repo.js'
import { commit, commits, git, type newRepo } from '../trace/support/git-repo.js'

// The bundled build action in a real git checkout: the manifest (and the stories output) lists
// the stories of the commits since the previous package in the repository mxdeploy.yml names.

const stand = useGitHubStandIn()
let repo: ReturnType<typeof newRepo>
const runs: ActionRun[] = []

beforeEach(async () => {
  repo = await appRepo()
})
afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
  repo.cleanup()
})

async function build(version: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction('build', {
    cwd: repo.dir,
    apiUrl: stand.gh.apiUrl,
    github: {
      repository: 'octo-org/hello',
      sha: git(repo.dir, ['rev-parse', 'HEAD']),
      token: stand.gh.token
    },
    inputs: {
      'deployment-dir': 'deployment',
      version,
      app: 'hello',
      output: `hello-${version}.mda`,
      'upload-artifact': false,
      ...inputs
    }
  })
  runs.push(result)
  return result
}

const errors = (result: ActionRun) =>
  result.annotations.filter((a) => a.level !== 'notice').map((a) => a.message)

describe('build action: stories since the previous package', () => {
  test('the first package lists the whole history; the next only what came since', async () => {
    commits(repo.dir, ['Initial commit', 'ABC-1 login page'])
    const first = await build('1.0.0.1')
    expect(errors(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.outputs['stories']).toBe('["ABC-1"]')
    expect((await inspectPackage(first.outputs['mda-path']!)).manifest?.stories).toEqual(['ABC-1'])
    await cliOk(repo.dir, 'publish', first.outputs['mda-path']!)

    commits(repo.dir, ['ABC-2 logout', 'Fix typo', 'ABC-4 export'])
    const second = await build('1.0.0.2')
    expect(errors(second)).toEqual([])
    expect(second.outputs['stories']).toBe('["ABC-4","ABC-2"]')
    expect(second.logLines.join('\n')).toContain('stories since hello 1.0.0.1')
    // No GitHub call was needed: the checkout holds the history.
    expect(stand.gh.calls).toEqual([])
  })

  test('without a repository, the previous package is the newest <app>-v* tag in the checkout', async () => {
    await writeFile(join(repo.dir, 'mxdeploy.yml'), 'app: hello\nenvironments: { test: {} }\n')
    const [, tagged] = commits(repo.dir, ['Initial commit', 'ABC-1 login page'])
    // What the github-release repository leaves: one tag per package, on its commit.
    git(repo.dir, ['tag', 'hello-v1.0.0.9', tagged!])
    commit(repo.dir, 'ABC-2 logout')
    git(repo.dir, ['tag', '-a', '-m', 'release', 'hello-v1.0.0.10'])
    git(repo.dir, ['tag', 'other-v9.0.0.1'])
    commit(repo.dir, 'ABC-3 search')
    // A tag on the commit being built is that package itself: skipped.
    git(repo.dir, ['tag', 'hello-v1.0.0.11'])
    const result = await build('1.0.0.12')
    expect(errors(result)).toEqual([])
    expect(result.outputs['stories']).toBe('["ABC-3"]')
    expect(result.logLines.join('\n')).toContain('stories since tag hello-v1.0.0.10')
  })

  test('the repository input overrides mxdeploy.yml; one that cannot be opened is a warning', async () => {
    commit(repo.dir, 'ABC-3 search')
    const result = await build('1.0.0.1', { repository: 'ftp://nowhere' })
    expect(result.exitCode).toBe(0)
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^cannot open the package repository ftp:\/\/nowhere to find the previous package: unknown package repository "ftp:\/\/nowhere".*; the stories are read since the newest package tag instead$/
      )
    ])
    expect(result.outputs['stories']).toBe('["ABC-3"]')
  })
})
