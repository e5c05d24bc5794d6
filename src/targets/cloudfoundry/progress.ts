import type { Logger } from '../../log.js'
import type { Clock } from '../../net/poll.js'
import { duration } from '../../net/retry-policy.js'

/** How often a transfer in progress is reported. */
const TRANSFER_EVERY_MS = 10_000

/**
 * Every progress line of the Cloud Foundry target goes through here (waits and transfers), so
 * they can move to a progress API in one change.
 */
export class Progress {
  constructor(
    private readonly log: Logger,
    private readonly clock: Clock
  ) {}

  /** A line about a step or a wait. */
  line(text: string): void {
    this.log.info(text)
  }

  /** A reporter of bytes sent: a line every 10 s while it lasts; `done()` reports the end. */
  transfer(what: string, total: number): { bytes: (sent: number) => void; done: () => void } {
    const started = this.clock.now()
    let last = started
    let sent = 0
    const mib = (bytes: number): string => `${(bytes / (1 << 20)).toFixed(1)} MiB`
    return {
      bytes: (now) => {
        sent = now
        const at = this.clock.now()
        if (at - last < TRANSFER_EVERY_MS) return
        last = at
        this.line(`  ${what}: ${mib(sent)} of ${mib(total)} (${Math.floor((sent / total) * 100)}%)`)
      },
      done: () => this.line(`  ${what}: ${mib(total)} in ${duration(this.clock.now() - started)}`)
    }
  }
}
