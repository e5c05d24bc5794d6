import { runCli } from '../../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs `mxdeploy ARGS` in this process, as bin/mxdeploy.js does, capturing its output. */
export async function mxdeploy(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    cwd: options.cwd
  })
  return { code, stdout, stderr }
}

/** The `--json` error document of a failed run. */
export function jsonError(run: CliRun): { kind: string; message: string; exitCode: number } {
  return (JSON.parse(run.stdout) as { error: { kind: string; message: string; exitCode: number } })
    .error
}
