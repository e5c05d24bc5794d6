import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { appRepo, buildAndPublish, cliOk, stage } from './support/app-repo.js'
import { commit, commits, type newRepo } from './support/git-repo.js'

// mxdeploy trace story ID: which packages contain a story, and which environments run one that
// does, from the package records, the activity log and the git history between packages.

let repo: ReturnType<typeof newRepo>

beforeAll(async () => {
  repo = await appRepo()
  commits(repo.dir, ['Initial commit', 'ABC-1 login page'])
  await buildAndPublish(repo.dir, '1') // names ABC-1
  await stage(repo.dir, 'test')
  await stage(repo.dir, 'acceptance')
  commit(repo.dir, 'ABC-2 logout')
  await buildAndPublish(repo.dir, '2') // names ABC-2, holds ABC-1 in its history
  await stage(repo.dir, 'test')
})
afterAll(() => repo.cleanup())

describe('mxdeploy trace story', () => {
  test('lists the packages that contain a story and the environments that run one', async () => {
    const { json } = await cliOk(repo.dir, 'trace', 'story', 'ABC-1', '--json')
    expect(json).toMatchObject({
      id: 'ABC-1',
      app: 'hello',
      packages: [
        { version: '1.0.0.2', basis: 'history' },
        { version: '1.0.0.1', basis: 'listed' }
      ],
      environments: [
        { environment: 'test', version: '1.0.0.2', basis: 'history' },
        { environment: 'acceptance', version: '1.0.0.1', basis: 'listed' }
      ],
      without: []
    })
    expect(json.packages[0].commit).toMatch(/^[0-9a-f]{40}$/)
  })

  test('an environment that runs an older package is listed without it', async () => {
    const run = await cliOk(repo.dir, 'trace', 'story', 'ABC-2')
    expect(run.stdout.split('\n')).toEqual([
      'ABC-2 in hello:',
      'packages:',
      expect.stringMatching(/^ {2}1\.0\.0\.2 +\d{4}-\d\d-\d\d {2}names it$/),
      'environments:',
      expect.stringMatching(/^ {2}test +1\.0\.0\.2 +since \d{4}-/),
      '  acceptance     1.0.0.1        without it',
      ''
    ])
  })

  test('a story no package names', async () => {
    const run = await cliOk(repo.dir, 'trace', 'story', 'XYZ-9', '--json')
    expect(run.json).toMatchObject({ packages: [], environments: [] })
    expect((await cliOk(repo.dir, 'trace', 'story', 'XYZ-9')).stdout).toBe(
      'no package of hello contains XYZ-9\n'
    )
  })

  test('without the commits, packages published after one naming the story are taken to hold it', async () => {
    // The same repository and activity log, read from a folder that is not a git checkout.
    const elsewhere = await mkdtemp(join(tmpdir(), 'mxdeploy-story-'))
    try {
      await writeFile(
        join(elsewhere, 'mxdeploy.yml'),
        await readFile(join(repo.dir, 'mxdeploy.yml'), 'utf8')
      )
      const { json } = await cliOk(
        elsewhere,
        'trace',
        'story',
        'ABC-1',
        '--repository',
        `file:${join(repo.dir, '.mxdeploy', 'packages')}`,
        '--state-dir',
        join(repo.dir, '.mxdeploy'),
        '--json'
      )
      expect(json.packages.map((p: { basis: string }) => p.basis)).toEqual([
        'publication-order',
        'listed'
      ])
      expect(json.environments[0]).toMatchObject({
        environment: 'test',
        basis: 'publication-order'
      })
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  test('bad input: no ID, two IDs, an unknown subcommand', async () => {
    for (const args of [
      ['trace', 'story'],
      ['trace', 'story', 'ABC-1', 'ABC-2'],
      ['trace', 'stories', 'ABC-1']
    ]) {
      const run = await mxdeploy(args, { cwd: repo.dir })
      expect(run.code, args.join(' ')).toBe(2)
    }
    const missing = await mxdeploy(['trace', 'story'], { cwd: repo.dir })
    expect(missing.stderr).toContain('give one story ID: mxdeploy trace story ABC-123')
    const unknown = await mxdeploy(['trace', 'stories', 'ABC-1'], { cwd: repo.dir })
    expect(unknown.stderr).toContain('unknown "trace stories"')
  })
})
