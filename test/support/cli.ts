import { runCli } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  /** stdout parsed as JSON, when the run had --json. */
  json: any
}

/** Runs the mxdeploy CLI in this process, capturing what it writes. */
export async function mxdeploy(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...options.env }
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd: options.cwd
  })
  let json: unknown
  if (args.includes('--json')) json = JSON.parse(stdout)
  return { code, stdout, stderr, json }
}
