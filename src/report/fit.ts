/**
 * The largest `n` in [0, max] for which `render(n)` fits in `limit` (as `measure` counts), or
 * -1 when not even `render(0)` fits. `render` must grow with `n`; it runs O(log max) times.
 */
export function largestFitting(
  max: number,
  limit: number,
  render: (n: number) => string,
  measure: (text: string) => number = (text) => text.length
): number {
  if (measure(render(max)) <= limit) return max
  let low = -1 // fits (or -1: nothing known to fit)
  let high = max // does not fit
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (measure(render(middle)) <= limit) low = middle
    else high = middle
  }
  return low
}
