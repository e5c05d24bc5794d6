/**
 * Sets `ModelVersion` in the text of a metadata.json the way MxBuild's `--model-version` does,
 * touching nothing else: the byte-order mark, line endings, indentation and key order MxBuild
 * wrote stay as they were, so the package holds the file a runtime expects.
 */
export function withModelVersion(source: Buffer, version: string): Buffer {
  const text = source.toString('utf8')
  const value = JSON.stringify(version)
  const found = topLevelValue(text, 'ModelVersion')
  if (found) {
    return Buffer.from(text.slice(0, found.start) + value + text.slice(found.end), 'utf8')
  }
  // No ModelVersion yet: put it first, with the whitespace the file puts before its first key.
  const open = text.indexOf('{')
  const first = skipSpace(text, open + 1)
  const indent = text.slice(open + 1, first)
  const separator = text[first] === '}' ? '' : `,${indent}`
  return Buffer.from(
    `${text.slice(0, open + 1)}${indent}"ModelVersion": ${value}${separator}${text.slice(first)}`,
    'utf8'
  )
}

interface Span {
  start: number
  end: number
}

/** Where the value of a top-level key sits in a JSON object's text (already known to be valid). */
function topLevelValue(text: string, key: string): Span | undefined {
  let at = skipSpace(text, text.indexOf('{') + 1)
  while (text[at] === '"') {
    const keyEnd = skipString(text, at)
    const name = JSON.parse(text.slice(at, keyEnd)) as string
    const start = skipSpace(text, skipSpace(text, keyEnd) + 1) // past the colon
    const end = skipValue(text, start)
    if (name === key) return { start, end }
    at = skipSpace(text, end)
    if (text[at] !== ',') return undefined
    at = skipSpace(text, at + 1)
  }
  return undefined
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && ' \t\r\n\uFEFF'.includes(text[at]!)) at++
  return at
}

/** The index just past the string that starts at `at` (a `"`). */
function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i + 1
  }
  return text.length
}

/** The index just past the JSON value that starts at `at`. */
function skipValue(text: string, at: number): number {
  const first = text[at]
  if (first === '"') return skipString(text, at)
  if (first !== '{' && first !== '[') {
    let i = at
    while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++
    return i
  }
  let depth = 0
  for (let i = at; i < text.length; i++) {
    const c = text[i]
    if (c === '"') i = skipString(text, i) - 1
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) return i + 1
    }
  }
  return text.length
}
