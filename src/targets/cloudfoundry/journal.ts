import { ConfigurationError, errorMessage, OperationError } from '../../errors.js'
import { PollTimeoutError } from '../../net/poll.js'

/** Where the app stands, as far as the steps taken tell. */
export type Stage =
  | 'untouched'
  | 'variables-set'
  | 'restored'
  | 'rolling-out'
  | 'rolled-back'
  | 'stopped'
  | 'starting'
  | 'running-new'

/**
 * What a deployment has done so far, so a failure says where it stopped and what the app runs:
 * "uploaded hello 1.2.0.1 (package …); staged …; the deployment was canceled: hello-acc runs
 * hello 1.1.0.1 again". A ConfigurationError stays one only while the app is untouched.
 */
export class CfJournal {
  private readonly done: string[] = []
  private readonly after: string[] = []
  private stage: Stage = 'untouched'

  /**
   * @param app the Cloud Foundry app's name
   * @param before what it ran when we began: `hello 1.1.0.1 (droplet 585b…)` or `no droplet`
   * @param label what is being deployed: `hello 1.2.0.1`
   */
  constructor(
    private readonly app: string,
    private readonly before: string,
    private readonly label: string,
    private readonly environment: string
  ) {}

  record(text: string): void {
    this.done.push(text)
  }

  /** Something done about a failure, told after it: `put the variables back`. */
  afterwards(text: string): void {
    this.after.push(text)
  }

  to(stage: Stage): void {
    this.stage = stage
  }

  get current(): Stage {
    return this.stage
  }

  /** Whether the app's variables or what it runs have changed (a rollback of them too). */
  get changed(): boolean {
    return this.stage !== 'untouched' && this.stage !== 'restored'
  }

  private state(error: unknown): string {
    const { app, before, label } = this
    const rollBack = `fix the cause and stage again, or roll back with mxdeploy stage -e ${this.environment} --rollback`
    switch (this.stage) {
      case 'untouched':
        return `app ${app} is unchanged: it runs ${before}`
      case 'restored':
        return `app ${app} is unchanged: it runs ${before}, and its variables were put back`
      case 'variables-set':
        return `app ${app} runs ${before}; its variables are already those of ${label} and apply at its next start: stage again to finish`
      case 'rolled-back':
        return `the deployment was canceled: app ${app} runs ${before} again`
      case 'rolling-out':
        return `app ${app} may still be rolling out ${label}: cf app ${app} shows its instances`
      case 'stopped':
        return `app ${app} is stopped (it ran ${before}); ${rollBack}`
      case 'starting':
        return error instanceof PollTimeoutError
          ? `app ${app} may still be starting ${label}: cf app ${app} shows its instances`
          : `app ${app} has ${label} and does not run: ${rollBack}`
      case 'running-new':
        return `app ${app} has ${label} and its instances do not run: ${rollBack}`
    }
  }

  /** The error to throw: what was done, the failure, where the app stands. */
  failure(error: unknown): Error {
    const message = [...this.done, errorMessage(error), ...this.after, this.state(error)].join('; ')
    return error instanceof ConfigurationError && !this.changed
      ? new ConfigurationError(message)
      : new OperationError(message)
  }
}
