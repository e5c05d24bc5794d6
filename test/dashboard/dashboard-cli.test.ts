import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { appRepo } from '../trace/support/app-repo.js'

// mxdeploy dashboard on an app with nothing published yet, and what it refuses.

let repo: Awaited<ReturnType<typeof appRepo>>

beforeAll(async () => {
  repo = await appRepo()
})
afterAll(() => repo.cleanup())

describe('mxdeploy dashboard', () => {
  it('writes a page for an app with no package and no operation yet', async () => {
    const run = await mxdeploy(['dashboard', '--json'], { cwd: repo.dir })
    expect(run.code, run.stderr).toBe(0)
    expect(run.json).toMatchObject({
      app: 'hello',
      index: join(repo.dir, '.mxdeploy', 'dashboard', 'index.html'),
      environments: [
        { name: 'test', version: null, lastResult: null },
        { name: 'acceptance', version: null, lastResult: null }
      ],
      pending: [],
      operations: 0,
      stories: 0
    })
    const page = await readFile(run.json.index, 'utf8')
    expect(page).toContain('Runs nothing yet')
    expect(page).toContain('The package repository holds no package of this app yet.')
    expect(page).toContain('No operation has been recorded yet.')
    const data = JSON.parse(await readFile(run.json.data, 'utf8'))
    expect(data.app).toBe('hello')
    expect(data.metrics.weeks).toHaveLength(8)
  })

  it('says where the page is, in the text people read', async () => {
    const run = await mxdeploy(['dashboard', '--out', 'site'], { cwd: repo.dir })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toBe(`dashboard of hello: ${join(repo.dir, 'site', 'index.html')}\n`)
  })

  it('refuses an output that is a file, an unknown activity log, and GitHub without a token', async () => {
    await writeFile(join(repo.dir, 'taken'), 'not a folder')
    const file = await mxdeploy(['dashboard', '--out', 'taken'], { cwd: repo.dir })
    expect(file.code).toBe(2)
    expect(file.stderr).toContain(`--out ${join(repo.dir, 'taken')} is a file: give a folder`)
    expect(await readFile(join(repo.dir, 'taken'), 'utf8')).toBe('not a folder')

    const below = await mxdeploy(['dashboard', '--out', 'taken/site'], { cwd: repo.dir })
    expect(below.code).toBe(2)
    expect(below.stderr).toContain('a part of its path is a file')

    const unknown = await mxdeploy(['dashboard', '--activity', 'sqlite'], { cwd: repo.dir })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('--activity sqlite is not one of jsonl, github')

    const github = await mxdeploy(['dashboard', '--activity', 'github'], { cwd: repo.dir })
    expect(github.code).toBe(2)
    expect(github.stderr).toContain('needs GITHUB_REPOSITORY (owner/name) and GITHUB_TOKEN')
  })
})
