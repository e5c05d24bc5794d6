import { spawn, type ChildProcess } from 'node:child_process'
import { afterEach } from 'vitest'

const ROOT = new URL('../../..', import.meta.url).pathname
const ENTRY = new URL('../fixtures/mxdeploy-source.ts', import.meta.url).pathname

export interface ProcessRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `mxdeploy ARGS` as its own process (from the sources, with tsx) and resolves when the
 * process has exited, so a command that leaves work behind never resolves. Paths in ARGS must be
 * absolute: the process runs in the repository root, where tsx resolves. Processes still running
 * when a test ends are killed.
 */
export function useCliProcess(): (args: string[], env?: NodeJS.ProcessEnv) => Promise<ProcessRun> {
  const running = new Set<ChildProcess>()
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL')
    running.clear()
  })
  return (args, env = {}) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    running.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    return new Promise((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code) => {
        running.delete(child)
        resolve({ code, stdout, stderr })
      })
    })
  }
}
