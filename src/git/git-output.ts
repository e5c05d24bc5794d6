import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * What a git command prints, trimmed; undefined when git fails, is missing or prints nothing.
 * For questions whose answer may be "not a repository" (the current branch, the top folder).
 */
export async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
}
