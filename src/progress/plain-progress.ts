import type { Clock, ProgressReporter, ProgressTask } from './progress.js'
import { systemClock } from './progress.js'
import { progressText } from './progress-text.js'
import { RateMeter } from './rate.js'

/** How often a line is written where lines cannot be redrawn: a log, not a flood. */
export const PLAIN_INTERVAL_MS = 10_000

/**
 * Progress where lines cannot be redrawn (GitHub Actions logs, pipes, files): a plain line every
 * ten seconds while the work lasts, and one when it ends if any was written. Work that ends
 * sooner writes nothing. No control characters.
 */
export class PlainProgress implements ProgressReporter {
  constructor(
    private readonly writeLine: (line: string) => void,
    private readonly clock: Clock = systemClock,
    private readonly intervalMs = PLAIN_INTERVAL_MS
  ) {}

  start(label: string, total?: number): ProgressTask {
    const meter = new RateMeter()
    let done = 0
    let last = this.clock.now()
    let wrote = false
    let ended = false
    const line = (): string => progressText({ label, done, total, rate: meter.rate() })
    const set = (value: number): void => {
      done = value
      const now = this.clock.now()
      meter.add(now, done)
      if (now - last >= this.intervalMs) {
        this.writeLine(line())
        last = now
        wrote = true
      }
    }
    meter.add(last, 0)
    return {
      update: (value) => set(value),
      advance: (bytes) => set(done + bytes),
      end: () => {
        if (ended) return
        ended = true
        if (wrote) this.writeLine(line())
      }
    }
  }
}
