import { runCli } from '../../src/cli/main.js'

/** What one in-process run of the CLI wrote, and its exit code. */
export interface CapturedRun {
  code: number
  stdout: string
  stderr: string
}

export interface CliRun extends CapturedRun {
  /** stdout parsed as JSON, when the run had --json. */
  json: any
}

/** Runs `mxdeploy ARGS` in this process, as bin/mxdeploy.js does, with exactly `env`. */
export async function captureCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<CapturedRun> {
  let stdout = ''
  let stderr = ''
  const decoder = new TextDecoder()
  const code = await runCli(args, {
    // Bytes are whole UTF-8 characters (a JSON document's pieces).
    stdout: { write: (text) => (stdout += typeof text === 'string' ? text : decoder.decode(text)) },
    stderr: { write: (text) => (stderr += typeof text === 'string' ? text : decoder.decode(text)) },
    env,
    cwd
  })
  return { code, stdout, stderr }
}

/** Runs the mxdeploy CLI in this process with this process's PATH and HOME, capturing what it writes. */
export async function mxdeploy(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CliRun> {
  const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...options.env }
  const run = await captureCli(args, options.cwd, env)
  let json: unknown
  if (args.includes('--json')) json = JSON.parse(run.stdout)
  return { ...run, json }
}
