import { basename } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { runShellCommand } from '../shell-command.js'
import { runtimeStatus, type AdminApi, type RuntimeStatus } from './admin-api.js'
import { m2eeOutputFilter } from './m2ee-output.js'

export interface RestartOptions {
  /** The configured restart command. */
  command: string
  /** The team's m2ee.yaml and mxdeploy's fragment, in the order m2ee must read them. */
  configFiles: [string, string]
  appBase: string
  /** Added to the command's environment (MXDEPLOY_ENVIRONMENT, MXDEPLOY_RELEASE). */
  env: Record<string, string>
  admin: AdminApi
  log: Logger
  /** How long a runtime reporting `starting` is waited for (default 10 minutes). */
  startTimeoutMs?: number
  /** The first wait between status checks, doubled up to 10 s (default 250 ms). */
  firstWaitMs?: number
}

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** The `-c` arguments that make m2ee read the team's file and then mxdeploy's. */
export function m2eeArgs(configFiles: readonly string[]): string {
  return configFiles.map((file) => `-c ${shellQuote(file)}`).join(' ')
}

/**
 * What a restart script gets to run m2ee with the right files: MXDEPLOY_M2EE_ARGS for
 * `m2ee $MXDEPLOY_M2EE_ARGS --yolo restart` (unquoted, so the shell splits it: paths without
 * spaces), and each file on its own for `m2ee -c "$MXDEPLOY_M2EE_CONFIG" -c "$MXDEPLOY_M2EE_SETTINGS"`.
 */
export function m2eeVariables(configFiles: readonly [string, string]): Record<string, string> {
  return {
    MXDEPLOY_M2EE_ARGS: configFiles.map((file) => `-c ${file}`).join(' '),
    MXDEPLOY_M2EE_CONFIG: configFiles[0],
    MXDEPLOY_M2EE_SETTINGS: configFiles[1]
  }
}

/**
 * The command line to run: an `m2ee` command that names no `-c` file (nor $MXDEPLOY_M2EE_*)
 * gets the two files right after `m2ee` (with `-c`, m2ee reads only the files named, in that
 * order: the team's, then mxdeploy's, whose values win); any other command runs as written, with
 * them in MXDEPLOY_M2EE_ARGS.
 */
export function restartCommandLine(command: string, configFiles: readonly string[]): string {
  const match = /^(\s*)(\S+)(.*)$/s.exec(command)
  if (!match || basename(match[2]!) !== 'm2ee') return command
  if (/(^|\s)-c(\s|$)/.test(match[3]!) || match[3]!.includes('MXDEPLOY_M2EE_')) return command
  return `${match[1]}${match[2]} ${m2eeArgs(configFiles)}${match[3]}`
}

/**
 * Runs the restart command and checks that the runtime runs afterwards. `m2ee --yolo restart`
 * exits 0 when the runtime refuses to start (m2ee.py logs the error, stops the process and
 * returns), so its exit code proves nothing: the runtime is asked for its status through the
 * admin API, as `m2ee status` does. `starting` is waited for; anything but `running` fails the
 * deployment with the status and the ERROR and CRITICAL lines m2ee printed.
 */
export async function restartAndCheck(options: RestartOptions): Promise<void> {
  const { log, admin } = options
  const line = restartCommandLine(options.command, options.configFiles)
  log.info(`restarting: ${line}`)
  const filter = m2eeOutputFilter([admin.pass])
  const { code, lines } = await runShellCommand(line, {
    cwd: options.appBase,
    env: {
      ...options.env,
      ...m2eeVariables(options.configFiles),
      // m2ee leaves the runtime running detached. A GitHub Actions runner kills every process
      // that carries its job's RUNNER_TRACKING_ID when the job ends; without it, the runtime lives on.
      RUNNER_TRACKING_ID: ''
    },
    log,
    redact: (line, stream) => filter.redact(line, stream)
  })
  const said = filter.errors(lines)
  if (code !== 0) {
    const output = (said.length > 0 ? said : lines.slice(-30)).join('\n')
    throw new OperationError(
      `the restart command exited with ${code}${output ? `:\n${output}` : ' and printed nothing'}`
    )
  }
  const status = await awaitRunning(options)
  if (status.status === 'running') {
    log.info(`the Mendix runtime reports status running (admin API, port ${admin.port})`)
    return
  }
  const why = status.problem ?? `the runtime reports status ${status.status}`
  throw new OperationError(
    `the restart command exited 0, but the Mendix runtime does not run: ${why}${said.length > 0 ? `\nm2ee said:\n${said.join('\n')}` : ''}`
  )
}

/** The runtime's status once it no longer reports `starting`, or when the wait is over. */
async function awaitRunning(options: RestartOptions): Promise<RuntimeStatus> {
  const deadline = Date.now() + (options.startTimeoutMs ?? 10 * 60_000)
  let wait = options.firstWaitMs ?? 250
  let reported = false
  for (;;) {
    const status = await runtimeStatus(options.admin)
    if (status.status !== 'starting' || Date.now() + wait > deadline) return status
    if (!reported) options.log.info('the Mendix runtime is still starting; waiting for it')
    reported = true
    await sleep(wait)
    wait = Math.min(wait * 2, 10_000)
  }
}
