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
      const own = Object.getOwnPropertyDescriptor(stream, 'write')
      stream.write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
        this[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
        done?.()
        return true
      }
      this.restore.push(() => {
        if (own) Object.defineProperty(stream, 'write', own)
        else delete (stream as { write?: unknown }).write
      })
    }
  }

  stop(): void {
    for (const restore of this.restore.splice(0)) restore()
  }
}
