import { ConfigurationError, errorMessage, OperationError } from '../../errors.js'
import { PollTimeoutError } from './poll.js'

/**
 * What a deployment or operation has done so far, so a failure says exactly where it stopped
 * and what the environment runs now: "uploaded …; transporting … failed with …; Acceptance
 * still runs 1.0.0.3 (Running), unchanged".
 */
export class Journal {
  private readonly done: string[] = []
  private transported = false
  private stopped = false
  private startRequested = false

  /**
   * @param mode the environment's Mode
   * @param before what it ran when we began: `model 1.0.0.3 (Running)` or `nothing (Empty)`
   * @param label what is being deployed, for messages: `hello 1.2.0.4`
   */
  constructor(
    private readonly mode: string,
    private readonly before: { text: string; running: boolean },
    private readonly label: string
  ) {}

  /** A step that completed. */
  record(text: string): void {
    this.done.push(text)
  }

  markTransported(): void {
    this.transported = true
  }

  markStopped(): void {
    this.stopped = true
  }

  markStartRequested(): void {
    this.startRequested = true
  }

  /** The previous package was transported back after a failure: the environment is as it was. */
  markRestored(): void {
    this.transported = false
  }

  /** Transported, not yet stopped: transporting the previous package back undoes it. */
  get undoable(): boolean {
    return this.transported && !this.stopped
  }

  /** Whether the environment itself has changed (its package or whether it runs). */
  get changed(): boolean {
    return this.transported || this.stopped
  }

  /** What the environment runs now, as far as the steps done tell. */
  private state(error: unknown): string {
    const { mode, before, label } = this
    if (this.startRequested && !this.stopped && !this.transported && !before.running) {
      return `${mode} is unchanged: it has ${before.text}`
    }
    if (this.startRequested) {
      return error instanceof PollTimeoutError
        ? `${mode} may still be starting ${label}: see its status in the Portal`
        : `${mode} is stopped: ${label} did not start`
    }
    if (this.stopped) return `${mode} is stopped (it ran ${before.text})`
    if (this.transported) {
      return before.running
        ? `${mode} still runs ${before.text}; ${label} is transported to it but not started: stage again to finish`
        : `${mode} is not running, as before; ${label} is transported to it but not started: stage again to finish`
    }
    return `${mode} is unchanged: ${before.running ? 'it still runs' : 'it has'} ${before.text}`
  }

  /**
   * The error to throw for a failure: everything done, the failure, what was done about it, where
   * things stand. A
   * ConfigurationError stays one while the environment is untouched (exit 2, nothing changed).
   */
  failure(error: unknown, afterwards: string[] = []): Error {
    const message = [...this.done, errorMessage(error), ...afterwards, this.state(error)].join('; ')
    return error instanceof ConfigurationError && !this.changed
      ? new ConfigurationError(message)
      : new OperationError(message)
  }
}
