import { spawn } from 'node:child_process'
import type { Logger } from '../log.js'

export interface ShellCommandOptions {
  cwd: string
  /** Added to this process's environment. */
  env: Record<string, string>
  log: Logger
  /** Rewrites each output line before it is logged or kept (to hide secrets it prints); '' drops it. */
  redact?: (line: string, stream: 'stdout' | 'stderr') => string
}

export interface ShellCommandResult {
  code: number | null
  /** Every line it printed (stdout and stderr interleaved as they came), redacted. */
  lines: string[]
}

/**
 * Runs a command line with `sh -c` as the user wrote it (a restart command), logging each line
 * it prints as it comes.
 */
export function runShellCommand(
  command: string,
  options: ShellCommandOptions
): Promise<ShellCommandResult> {
  const { log } = options
  const redact = options.redact ?? ((line: string) => line)
  const lines: string[] = []
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      shell: true,
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    // Output is split into lines per stream, so a line cut between two chunks stays whole.
    const reader = (stream: 'stdout' | 'stderr'): ((chunk?: Buffer) => void) => {
      let pending = ''
      return (chunk) => {
        const text = pending + (chunk ? chunk.toString('utf8') : '')
        const parts = text.split('\n')
        pending = chunk ? parts.pop()! : ''
        for (const part of parts) {
          const line = redact(part.replace(/\r$/, ''), stream)
          if (!line.trim()) continue
          lines.push(line)
          log.info(`  ${line}`)
        }
      }
    }
    const out = reader('stdout')
    const err = reader('stderr')
    child.stdout.on('data', out)
    child.stderr.on('data', err)
    child.on('error', reject)
    child.on('close', (code) => {
      out()
      err()
      resolve({ code, lines })
    })
  })
}
