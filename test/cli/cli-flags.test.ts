import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { MXDEPLOY_VERSION } from '../../src/version.js'
import { jsonError, mxdeploy } from './support/run-cli.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-flags-'))
})

describe('--json --help', () => {
  test("a command's help is one JSON document: usage, summary and every option", async () => {
    for (const args of [
      ['stage', '--json', '--help'],
      ['stage', '--help', '--json'],
      ['--json', 'stage', '--help']
    ]) {
      const run = await mxdeploy(args, { cwd: dir })
      expect(run.code, args.join(' ')).toBe(0)
      const help = JSON.parse(run.stdout)
      expect(help).toMatchObject({
        command: 'stage',
        usage: expect.stringMatching(/^mxdeploy stage --environment NAME/),
        summary: expect.stringContaining('Deploy a published package')
      })
      expect(help.options).toContainEqual({
        name: 'environment',
        short: 'e',
        type: 'string',
        value: 'NAME',
        description: 'environment to deploy to'
      })
      expect(help.options).toContainEqual({
        name: 'json',
        type: 'boolean',
        description: 'print one JSON document on stdout (human text goes to stderr)'
      })
    }
  })

  test('--json alone is the main help as JSON, with the exit code of a missing command', async () => {
    const run = await mxdeploy(['--json'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).usage).toBe('mxdeploy COMMAND [options]')
  })

  test('the main help is one JSON document listing the commands', async () => {
    for (const args of [
      ['--help', '--json'],
      ['--json', '--help']
    ]) {
      const run = await mxdeploy(args, { cwd: dir })
      expect(run.code, args.join(' ')).toBe(0)
      const help = JSON.parse(run.stdout)
      expect(help.version).toBe(MXDEPLOY_VERSION)
      expect(help.usage).toBe('mxdeploy COMMAND [options]')
      expect(help.commands).toContainEqual({
        name: 'stage',
        summary: expect.stringContaining('deploy a published package')
      })
      expect(help.exitCodes).toEqual({
        '0': 'done',
        '1': 'the operation failed',
        '2': 'the input or configuration is wrong'
      })
    }
  })
})

describe('stage flags', () => {
  test('--rollback and --redeploy together are refused before anything is read', async () => {
    const run = await mxdeploy(['stage', '-e', 'test', '--rollback', '--redeploy', '--json'], {
      cwd: dir
    })
    expect(run.code).toBe(2)
    expect(jsonError(run).message).toBe(
      '--rollback and --redeploy do not go together: --rollback deploys the previous package, --redeploy the one given again; choose one'
    )
  })
})

describe('empty values', () => {
  test('an option given an empty value is refused, not taken as the default', async () => {
    await writeFile(join(dir, 'mxdeploy.yml'), 'app: hello\n')
    for (const [args, option] of [
      [['build', '--app', '', '--out', 'x.mda'], 'app'],
      [['stage', '-e', ''], 'environment'],
      [['activity', '--config='], 'config']
    ] as const) {
      const run = await mxdeploy([...args, '--json'], { cwd: dir })
      expect(run.code, args.join(' ')).toBe(2)
      expect(jsonError(run).message).toBe(
        `option --${option} is empty: give it a value or leave it out; run "mxdeploy ${args[0]} --help" for the options`
      )
    }
    expect(existsSync(join(dir, 'x.mda'))).toBe(false)
  })
})

describe('configuration', () => {
  test('a YAML alias bomb in mxdeploy.yml exits 2 naming the file', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (const [i, name] of [...'bcdefghi'].entries()) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)
    }
    await writeFile(join(dir, 'mxdeploy.yml'), `app: hello\nx:\n  ${levels.join('\n  ')}\n`)
    const run = await mxdeploy(['activity', '--json'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(jsonError(run).message).toMatch(
      new RegExp(`^${join(dir, 'mxdeploy.yml')} uses YAML aliases more than 100 times`)
    )
  })
})
