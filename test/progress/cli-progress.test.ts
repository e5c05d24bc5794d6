/* eslint-disable no-control-regex -- the tests look for escape sequences and carriage returns */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { useCliProcess } from '../cli/support/cli-process.js'
import { copyExample } from '../support/example-app.js'

// Progress as people and logs see it, from the real CLI process: on a pseudo-terminal made by
// util-linux's script(1), one line redrawn in place; on a pipe, plain lines only; nothing with
// --quiet; no escape sequence with NO_COLOR or into a pipe (the mfa enroll QR code included).

const ROOT = new URL('../..', import.meta.url).pathname
const ENTRY = join(ROOT, 'test/cli/fixtures/mxdeploy-source.ts')
const ESC = '\u001b'
const run = promisify(execFile)
const cliProcess = useCliProcess()

let dir = ''
beforeAll(async () => {
  dir = await copyExample()
})

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`

/**
 * Runs `mxdeploy ARGS` on a pseudo-terminal 120 columns wide and returns what the terminal got
 * (stdout and stderr together; the terminal turns each "\n" into "\r\n").
 */
async function onTerminal(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  redirect = ''
): Promise<string> {
  const command = `stty cols 120; exec node --import tsx ${[ENTRY, ...args].map(quote).join(' ')}${redirect}`
  const { stdout } = await run('script', ['-qec', command, '/dev/null'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], TERM: 'xterm', ...env }
  })
  return stdout
}

function build(name: string, ...more: string[]): string[] {
  const args = ['build', '--deployment-dir', join(dir, 'deployment'), '--version', '1.2.0.1']
  return [...args, '--out', join(dir, name), ...more]
}

describe('progress on a terminal', () => {
  it('packing shows one line, redrawn in place and ended with 100%', async () => {
    const screen = await onTerminal(build('a.mda'))
    expect(screen).toMatch(
      /\rpacking a\.mda {2}[\d.]+ kB of [\d.]+ kB \(100%\)[^\r\n]*\u001b\[K\r\n/
    )
    expect(screen).toContain('built ')
  })

  it('under --json stdout holds the document alone; the progress line goes to the terminal', async () => {
    const out = join(dir, 'b.json')
    const screen = await onTerminal(build('b.mda', '--json'), {}, ` > ${quote(out)}`)
    expect(screen).toContain('\rpacking b.mda')
    const document = await readFile(out, 'utf8')
    expect(JSON.parse(document).version).toBe('1.2.0.1')
    expect(document).not.toContain(ESC)
    expect(document).not.toContain('\r')
  })

  it('--quiet shows no progress and no informational lines', async () => {
    const screen = await onTerminal(build('c.mda', '--quiet'))
    expect(screen).not.toContain('packing')
    expect(screen).not.toContain(ESC)
    expect(screen).toMatch(/^built /)
  })

  it('NO_COLOR and GitHub Actions get plain lines, without escape sequences', async () => {
    for (const env of [{ NO_COLOR: '1' }, { GITHUB_ACTIONS: 'true' }]) {
      const screen = await onTerminal(build('d.mda'), { ...env, MXDEPLOY_PROGRESS_SECONDS: '0' })
      expect(screen, JSON.stringify(env)).not.toContain(ESC)
      expect(screen).toMatch(/\r\npacking d\.mda {2}[^\r]*\(100%\)[^\r]*\r\n/)
    }
  })

  it('mfa enroll draws the QR code in colour on a terminal, in block characters elsewhere', async () => {
    const colour = await onTerminal(['mfa', 'enroll', '--user', 'alice'])
    expect(colour).toContain(`${ESC}[47m`)
    const plain = await onTerminal(['mfa', 'enroll', '--user', 'alice'], { NO_COLOR: '1' })
    expect(plain).not.toContain(ESC)
    expect(plain).toMatch(/[▀▄█]{7}/)
  })
})

describe('progress into a pipe', () => {
  it('short work writes no progress line, and nothing has an escape sequence or a carriage return', async () => {
    const result = await cliProcess(build('e.mda'))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).not.toContain('packing')
    expect(result.stderr + result.stdout).not.toMatch(/[\u001b\r]/)
  })

  it('long work writes plain lines (every MXDEPLOY_PROGRESS_SECONDS, here every update)', async () => {
    const result = await cliProcess(build('f.mda'), { MXDEPLOY_PROGRESS_SECONDS: '0' })
    expect(result.code, result.stderr).toBe(0)
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('packing f.mda'))
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.at(-1)).toMatch(/\(100%\)/)
    expect(result.stderr).not.toMatch(/[\u001b\r]/)
  })

  it('mfa enroll prints no colour codes into a pipe', async () => {
    const result = await cliProcess(['mfa', 'enroll', '--user', 'alice'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).not.toContain(ESC)
    expect(result.stdout).toMatch(/[▀▄█]{7}/)
  })
})
