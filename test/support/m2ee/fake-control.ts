import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** How the fake m2ee and the fake runtime behave, from <home>/control.json. */
export interface FakeControl {
  /**
   * The runtime's answer to `start`: ok; a failure (client_errno.py's result and the runtime's
   * message, e.g. 12 start_STARTUP_ACTION_FAILED); or a first answer m2ee --yolo recovers from.
   */
  start?:
    | 'ok'
    | 'no-database-first'
    | 'admin-1-first'
    | { result: number; message: string; cause?: string }
  /** `runtime_status` reports `starting` this many times before `running`. */
  startingPolls?: number
  /** The fake m2ee SIGKILLs the mxdeploy process that runs it, before doing anything. */
  killMxdeploy?: boolean
  /** The fake m2ee exits with this code right after recording its call. */
  exit?: number
}

export function readControl(home: string): FakeControl {
  const file = join(home, 'control.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FakeControl) : {}
}
