/**
 * Compresses the back-off waits of @actions/artifact and @azure/storage-blob while `work` runs, so
 * a test can go through every retry without sleeping half a minute. The requests, their count
 * and the schedule the clients chose are real: the waits they asked for are returned, only the
 * sleeping is cut to 1 ms. Timers that are timeouts rather than back-offs (the 30 s download
 * stall timer, anything of a minute or more) are left alone.
 */
export async function withQuickRetries<T>(
  work: () => Promise<T>
): Promise<{ result: T | undefined; error: unknown; waits: number[] }> {
  const original = globalThis.setTimeout
  const waits: number[] = []
  const quick = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (typeof ms === 'number' && ms >= 1000 && ms < 30_000) {
      waits.push(ms)
      return original(handler, 1, ...args)
    }
    return original(handler, ms, ...args)
  }) as typeof setTimeout
  globalThis.setTimeout = Object.assign(quick, original)
  try {
    return { result: await work(), error: undefined, waits }
  } catch (error) {
    return { result: undefined, error, waits }
  } finally {
    globalThis.setTimeout = original
  }
}
