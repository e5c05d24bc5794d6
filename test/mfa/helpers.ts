import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../src/log.js'

/** A Logger that keeps every line, and every value marked secret, for the tests to scan. */
export interface CapturingLogger extends Logger {
  lines: string[]
  secrets: string[]
}

export function capturingLogger(): CapturingLogger {
  const lines: string[] = []
  const secrets: string[] = []
  return {
    lines,
    secrets,
    info: (message) => void lines.push(`info: ${message}`),
    warning: (message) => void lines.push(`warning: ${message}`),
    error: (message) => void lines.push(`error: ${message}`),
    secret: (value) => void secrets.push(value)
  }
}

export async function temporaryDir(prefix = 'mxdeploy-mfa-'): Promise<{
  path: string
  remove: () => Promise<void>
}> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** The code Debian's oathtool (an independent TOTP implementation) makes at a Unix time. */
export function oathtoolCode(base32Secret: string, epochSeconds: number): string {
  return execFileSync('oathtool', ['--totp', '-b', base32Secret, '-N', `@${epochSeconds}`], {
    encoding: 'utf8'
  }).trim()
}

/** The text of every file under `dir`, for scanning state for leaked secrets. */
export async function filesText(dir: string): Promise<string> {
  const texts: string[] = []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isFile()) texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'))
  }
  return texts.join('\n')
}

/** Fails when any of `needles` (secrets, codes) occurs in `haystack`, naming where. */
export function findLeaks(haystack: string, needles: readonly string[]): string[] {
  const lower = haystack.toLowerCase()
  return needles.filter((needle) => needle && lower.includes(needle.toLowerCase()))
}

/**
 * Starts `count` processes of fixtures/worker.ts with their jobs, releases them together once all
 * are ready, and returns what each printed last (parsed JSON).
 */
export async function runWorkers(jobs: object[], dir: string): Promise<unknown[]> {
  const { spawn } = await import('node:child_process')
  const { writeFile } = await import('node:fs/promises')
  const go = join(dir, `go-${process.pid}-${Date.now()}`)
  const root = new URL('../..', import.meta.url).pathname
  const worker = new URL('./fixtures/worker.ts', import.meta.url).pathname
  const runs = jobs.map((job) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', worker, JSON.stringify({ ...job, go })],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let out = ''
    let err = ''
    let ready: () => void
    const isReady = new Promise<void>((resolve) => (ready = resolve))
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.startsWith('ready\n')) ready()
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const done = new Promise<unknown>((resolve, reject) =>
      child.on('close', (code) => {
        if (code !== 0) reject(new Error(`worker exited ${code}: ${err}`))
        else resolve(JSON.parse(out.trim().split('\n').at(-1)!))
      })
    )
    return { isReady, done }
  })
  await Promise.all(runs.map((run) => run.isReady))
  await writeFile(go, '')
  return Promise.all(runs.map((run) => run.done))
}
