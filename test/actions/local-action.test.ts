import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { plan } from '../../scripts/local-action.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

const run = promisify(execFile)
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-action-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('plan', () => {
  test('runs the TypeScript entry of the action with the .env file', async () => {
    await writeFile(join(dir, '.env'), 'INPUT_VERSION=1.0.0\n')
    expect(plan(['build', '--env', '.env'], REPO_ROOT, dir)).toEqual({
      name: 'build',
      actionDir: join(REPO_ROOT, 'actions/build'),
      entry: join(REPO_ROOT, 'src/actions/build/main.ts'),
      dotenv: join(dir, '.env')
    })
  })

  test.each([
    [[], /^usage: npm run local -- <action>/],
    [['build', 'publish'], /^usage:/],
    [['build', '--env'], /^usage:/],
    [['root'], /root action only dispatches on its command input/],
    [
      ['nope'],
      /no action "nope": expected actions\/nope\/action.yml and src\/actions\/nope\/main.ts/
    ],
    [['build', '--env', 'missing.env'], /missing.env does not exist: copy .env.example to .env/]
  ])('refuses %j', (args, message) => {
    expect(plan(args, REPO_ROOT, dir).error).toMatch(message)
  })
})

// Each run takes a few seconds (npm exec, tsx, npm ls inside local-action): run both at once.
describe.concurrent('npm run local -- build', () => {
  async function local(
    tag: string,
    inputs: string
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = join(dir, `${tag}.env`)
    await writeFile(
      env,
      `${inputs}\nINPUT_DEPLOYMENT-DIR=examples/hello/deployment\nINPUT_BUILD-NUMBER=3\n` +
        `INPUT_OUTPUT=${join(dir, `${tag}.mda`)}\nINPUT_UPLOAD-ARTIFACT=false\n` +
        `GITHUB_STEP_SUMMARY=${join(dir, `${tag}.md`)}\n`
    )
    const script = join(REPO_ROOT, 'scripts/local-action.mjs')
    try {
      const { stdout, stderr } = await run(process.execPath, [script, 'build', '--env', env], {
        cwd: REPO_ROOT
      })
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  test('builds the MDA from the sources, with outputs and job summary', async () => {
    const result = await local('good', 'INPUT_VERSION=1.2.0')
    expect(result.stderr).not.toContain('reported an error')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/'package-version'\s*│\s*'1\.2\.0\.3'/)
    const mda = await readFile(join(dir, 'good.mda'))
    expect(mda.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'))
    expect(await readFile(join(dir, 'good.md'), 'utf8')).toContain('Package Hello 1.2.0.3')
  })

  test('a failing action exits 1, though local-action itself exits 0', async () => {
    const result = await local('bad', 'INPUT_VERSION=1.2')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::version "1.2" is not a Mendix version')
    expect(result.stderr).toContain('build reported an error')
  })
})
