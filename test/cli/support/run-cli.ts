import { captureCli, type CapturedRun } from '../../support/cli.js'

export type CliRun = CapturedRun

/** Runs `mxdeploy ARGS` in this process with only the environment the test gives (none by default). */
export async function mxdeploy(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CliRun> {
  return captureCli(args, options.cwd, options.env ?? {})
}

/** The `--json` error document of a failed run. */
export function jsonError(run: CliRun): { kind: string; message: string; exitCode: number } {
  return (JSON.parse(run.stdout) as { error: { kind: string; message: string; exitCode: number } })
    .error
}
