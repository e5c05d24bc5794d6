/**
 * Collects what the process writes to stdout and stderr while a test runs (the artifact client
 * logs every request), so tests stay readable and can assert where the lines went.
 */
export class CapturedOutput {
  stdout = ''
  stderr = ''
  private readonly restore: Array<() => void> = []

  start(): void {
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = process[name]
      const original = stream.write
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        this[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
        done?.()
        return true
      }) as typeof stream.write
      this.restore.push(() => (stream.write = original))
    }
  }

  stop(): void {
    for (const restore of this.restore.splice(0)) restore()
  }
}
