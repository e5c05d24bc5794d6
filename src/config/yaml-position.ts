import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml'

export interface Position {
  line: number
  column: number
}

/** Line and column (1-based) of a YAML node, found by its JSON pointer path. */
export function positionOf(
  document: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
  key?: string
): Position | undefined {
  let node: unknown = document.contents
  for (const segment of path) {
    if (!isMap(node) && !isSeq(node)) break
    const next: unknown = node.get(segment, true)
    if (next === undefined) break
    node = next
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === key
    )
    if (pair && isScalar(pair.key) && pair.key.range) return toPosition(lines, pair.key.range[0])
  }
  const range = (node as Node | undefined)?.range
  return range ? toPosition(lines, range[0]) : undefined
}

function toPosition(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset)
  return { line, column: col }
}

export { LineCounter }
