/**
 * The largest `n` in [0, max] for which `size(n)` is at most `limit`, or -1 when not even
 * `size(0)` is. `size` must grow with `n`; it is called O(log max) times.
 */
export function largestFitting(max: number, limit: number, size: (n: number) => number): number {
  if (size(max) <= limit) return max
  let low = -1 // fits (or -1: nothing known to fit)
  let high = max // does not fit
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (size(middle) <= limit) low = middle
    else high = middle
  }
  return low
}

/**
 * `prefix[n]` is the UTF-8 size of the first `n` lines with a newline after each, so the size of
 * a text that lists n of them is known without joining them again.
 */
export function lineBytePrefix(lines: readonly string[]): number[] {
  const prefix = [0]
  let total = 0
  for (const line of lines) prefix.push((total += Buffer.byteLength(line) + 1))
  return prefix
}

/**
 * Renders with as many lines of two lists as fit in `maxBytes` (the first `n` of each).
 * `render(n, false)` renders everything but the lists' lines, whose sizes are known, so each
 * try of the search costs one render of the rest only.
 */
export function renderFitting(
  render: (shown: number, lists?: boolean) => string,
  first: readonly string[],
  second: readonly string[],
  maxBytes: number
): string {
  const firstBytes = lineBytePrefix(first)
  const secondBytes = lineBytePrefix(second)
  const size = (n: number): number =>
    Buffer.byteLength(render(n, false)) +
    firstBytes[Math.min(n, first.length)]! +
    secondBytes[Math.min(n, second.length)]!
  const shown = largestFitting(Math.max(first.length, second.length), maxBytes, size)
  return render(Math.max(0, shown))
}
