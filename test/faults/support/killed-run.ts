import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StepCounts } from './matrix.js'

const ROOT = new URL('../../..', import.meta.url).pathname
const CLI = new URL('../../support/mxdeploy-process.ts', import.meta.url).pathname
const HOOK = new URL('../../support/kill-hook.mjs', import.meta.url).pathname

export interface ChildRun {
  /** 'killed' when the hook stopped it, else its exit code. */
  outcome: 'killed' | number
  stdout: string
  stderr: string
}

/**
 * Runs `mxdeploy ARGS` as a process of its own (from the sources) with the kill hook preloaded:
 * `kill` is an `op:n:when` point, `enospc` the write that finds the disk full, `count` a file
 * the hook writes its step counts to. Paths in
 * ARGS must be absolute (the process runs in the repository root, where tsx resolves).
 */
export function runChild(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; kill?: string; count?: string; enospc?: string } = {}
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', HOOK, CLI, ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        ...options.env,
        ...(options.kill ? { MXDEPLOY_TEST_KILL: options.kill } : {}),
        ...(options.count ? { MXDEPLOY_TEST_KILL_COUNT: options.count } : {}),
        ...(options.enospc ? { MXDEPLOY_TEST_ENOSPC: options.enospc } : {})
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({ outcome: signal === 'SIGKILL' ? 'killed' : (code ?? -1), stdout, stderr })
    )
  })
}

/** The steps a whole run of `mxdeploy ARGS` takes (it must succeed). */
export async function countSteps(args: string[], env: NodeJS.ProcessEnv = {}): Promise<StepCounts> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-steps-'))
  try {
    const file = join(dir, 'counts.json')
    const run = await runChild(args, { env, count: file })
    if (run.outcome !== 0) throw new Error(`mxdeploy ${args.join(' ')}: ${run.stderr}`)
    return JSON.parse(await readFile(file, 'utf8')) as StepCounts
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
