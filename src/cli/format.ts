export { formatBytes } from '../text/bytes.js'

/** Aligned `label  value` lines. */
export function keyValues(rows: readonly (readonly [string, string])[], indent = '  '): string {
  const width = Math.max(...rows.map(([key]) => key.length))
  return rows.map(([key, value]) => `${indent}${key.padEnd(width)}  ${value}`).join('\n')
}

/** A plain-text table with a header row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}
