import type { Clock, ProgressReporter, ProgressTask } from './progress.js'
import { systemClock } from './progress.js'
import { progressText } from './progress-text.js'
import { RateMeter } from './rate.js'
import type { OutputStream } from './terminal.js'

/** Redraws at most this often: a terminal cannot show more, and each redraw costs a write. */
const REDRAW_MS = 100
// Back to the start of the line, and erase from the cursor to its end.
const HOME = '\r'
const ERASE = '\u001b[K'

interface Shown {
  label: string
  total: number | undefined
  done: number
  meter: RateMeter
  drawnAt: number | undefined
}

/**
 * Progress on a terminal: one line, redrawn in place (bytes, percent, rate, time left), ended
 * with a newline when the work ends. Log lines go through `printLine`, which clears the
 * progress line, prints above it and draws it again, so the two never mix.
 */
export class TerminalProgress implements ProgressReporter {
  private current: Shown | undefined
  /** A progress line is on the screen, without a newline after it. */
  private onScreen = false

  constructor(
    private readonly stream: OutputStream,
    private readonly clock: Clock = systemClock
  ) {}

  start(label: string, total?: number): ProgressTask {
    const shown: Shown = { label, total, done: 0, meter: new RateMeter(), drawnAt: undefined }
    const set = (done: number): void => {
      shown.done = done
      const now = this.clock.now()
      shown.meter.add(now, done)
      this.current = shown
      if (shown.drawnAt === undefined || now - shown.drawnAt >= REDRAW_MS) this.draw(shown, now)
    }
    let ended = false
    return {
      update: (done) => set(done),
      advance: (bytes) => set(shown.done + bytes),
      end: () => {
        if (ended) return
        ended = true
        if (this.current !== shown) return
        if (shown.drawnAt !== undefined) this.draw(shown, this.clock.now())
        if (this.onScreen) this.stream.write('\n')
        this.onScreen = false
        this.current = undefined
      }
    }
  }

  /** Writes a line of text (a log message) above the progress line. */
  printLine(text: string): void {
    if (this.onScreen) this.stream.write(`${HOME}${ERASE}`)
    this.stream.write(text.endsWith('\n') ? text : `${text}\n`)
    this.onScreen = false
    if (this.current?.drawnAt !== undefined) this.draw(this.current, this.clock.now())
  }

  private draw(shown: Shown, now: number): void {
    // A terminal that does not tell its width (0 or none) is taken to be 80 wide.
    const columns =
      this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80
    const width = Math.max(20, columns - 1)
    let line = progressText({ ...shown, rate: shown.meter.rate() })
    if (line.length > width) line = `${line.slice(0, width - 1)}…`
    this.stream.write(`${HOME}${line}${ERASE}`)
    this.onScreen = true
    shown.drawnAt = now
  }
}
