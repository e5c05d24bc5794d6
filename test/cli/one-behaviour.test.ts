import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { checkStageRequest } from '../../src/app/stage.js'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'

// Behaviour the CLI and the actions share through src/app/: where they had drifted apart.

let dir: string

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(
    dir,
    'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\nenvironments:\n  test: {}\n'
  )
})

async function publish(build: string): Promise<void> {
  const out = join(dir, `hello_${build}.mda`)
  const built = await mxdeploy(['build', '--build-number', build, '--out', out], { cwd: dir })
  expect(built.code, built.stderr).toBe(0)
  expect((await mxdeploy(['publish', out], { cwd: dir })).code).toBe(0)
}

describe('rollback and the package it is given', () => {
  test('latest (the default, as the action passes it) goes with --rollback', async () => {
    await publish('1')
    await publish('2')
    for (const version of ['1.2.0.1', '1.2.0.2']) {
      expect((await mxdeploy(['stage', '-e', 'test', '-p', version], { cwd: dir })).code).toBe(0)
    }
    const back = await mxdeploy(
      ['stage', '-e', 'test', '--rollback', '--package', 'latest', '--json'],
      {
        cwd: dir
      }
    )
    expect(back.code, back.stderr).toBe(0)
    expect(back.json.package.version).toBe('1.2.0.1')
  })

  test('a named version does not, in the CLI and the action alike', async () => {
    const run = await mxdeploy(['stage', '-e', 'test', '--rollback', '--package', '1.2.0.1'], {
      cwd: dir
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('so it takes no package version (1.2.0.1)')
    expect(() => checkStageRequest({ rollback: true, package: '1.2.0.1' })).toThrow(
      'so it takes no package version (1.2.0.1)'
    )
    expect(() => checkStageRequest({ rollback: true, package: 'latest' })).not.toThrow()
  })
})

describe('stories of a build', () => {
  test('a repository that cannot be opened is a warning, as in the build action', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' })
    git('init', '-q')
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'ABC-1 start')
    const run = await mxdeploy(
      ['build', '--repository', 'github-release', '--out', join(dir, 'x.mda')],
      { cwd: dir }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain(
      'warning: cannot open the package repository github-release to find the previous package: repository github-release needs a GitHub token'
    )
  })
})
