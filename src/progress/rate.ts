/** How far back the rate looks: long enough to be steady, short enough to follow a change. */
const WINDOW_MS = 5_000

/**
 * Bytes per second over the last few seconds, from samples of (time, bytes done). A count that
 * goes back (a resumed upload) starts the measurement again.
 */
export class RateMeter {
  private samples: { at: number; done: number }[] = []

  add(at: number, done: number): void {
    const last = this.samples.at(-1)
    if (last && done < last.done) this.samples = []
    this.samples.push({ at, done })
    while (this.samples.length > 2 && at - this.samples[1]!.at >= WINDOW_MS) this.samples.shift()
  }

  /** Bytes per second; undefined until the samples span some time. */
  rate(): number | undefined {
    const first = this.samples[0]
    const last = this.samples.at(-1)
    if (!first || !last || last.at - first.at < 250) return undefined
    return ((last.done - first.done) * 1000) / (last.at - first.at)
  }
}
