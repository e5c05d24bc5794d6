import { PLAIN_INTERVAL_MS, PlainProgress } from './plain-progress.js'
import { silentProgress, systemClock, type Clock, type ProgressReporter } from './progress.js'
import { TerminalProgress } from './terminal-progress.js'
import { controlSequencesAllowed, type OutputStream } from './terminal.js'

export interface ProgressOutput {
  reporter: ProgressReporter
  /** Writes a line of text so that it does not mix with a progress line on the screen. */
  printLine: (text: string) => void
}

/**
 * How often plain lines are written: MXDEPLOY_PROGRESS_SECONDS (a log that wants fewer or more
 * lines), else every ten seconds.
 */
export function plainInterval(env: NodeJS.ProcessEnv): number {
  const text = env['MXDEPLOY_PROGRESS_SECONDS']
  const seconds = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined
  return seconds !== undefined ? seconds * 1000 : PLAIN_INTERVAL_MS
}

/**
 * Progress for a stream: nothing with `quiet`; plain lines every ten seconds in GitHub Actions,
 * into a pipe or a file, or with NO_COLOR; one updating line on a terminal.
 */
export function progressFor(
  stream: OutputStream,
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean; clock?: Clock } = {}
): ProgressOutput {
  const clock = options.clock ?? systemClock
  const plainLine = (text: string): void => {
    stream.write(text.endsWith('\n') ? text : `${text}\n`)
  }
  if (options.quiet) return { reporter: silentProgress, printLine: plainLine }
  if (env['GITHUB_ACTIONS'] === 'true' || !controlSequencesAllowed(stream, env)) {
    return {
      reporter: new PlainProgress(plainLine, clock, plainInterval(env)),
      printLine: plainLine
    }
  }
  const terminal = new TerminalProgress(stream, clock)
  return { reporter: terminal, printLine: (text) => terminal.printLine(text) }
}
