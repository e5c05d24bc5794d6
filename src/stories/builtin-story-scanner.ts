import { matchStories, type MatchSinks } from './builtin-matchers.js'
import { storyUrl, type LinkContext, type StoryPattern } from './story-patterns.js'

const NO_HASH = -1

/**
 * Finds the stories of commit messages given as UTF-8 bytes, for patterns that are all default
 * ones (their links may be the user's): what `scanStories` finds in the decoded text with their
 * regexes, the same IDs in the same order with the same trackers and links, without decoding
 * the message or making a string per ID. A trace of 100,000 commits spent more time in the
 * regexes and the strings they made than in reading git's output.
 *
 * After `scan`, the IDs lie in `ids` as UTF-8 bytes, until the next scan.
 */
export class BuiltinStoryScanner {
  /** The IDs of the last scan: story `k` is `ids[idFrom(k), idTo(k))`. */
  ids = Buffer.allocUnsafe(1024)
  private used = 0
  // The matches of the last scan, in the order found; then their order by place and pattern.
  private at = new Int32Array(16)
  private order = new Int32Array(16)
  private from = new Int32Array(16)
  private to = new Int32Array(16)
  private hash = new Int32Array(16)
  private found = 0
  private sorted = new Int32Array(16)
  private kept = new Int32Array(16)
  private readonly sinks: MatchSinks = {}
  private bytes: Uint8Array = this.ids
  // A DataView of the memory of the bytes last scanned: messages come from a few large buffers.
  private view: DataView = new DataView(this.ids.buffer)

  /** A scanner for `patterns`, or undefined when one is not a default pattern (or one repeats). */
  static for(
    patterns: readonly StoryPattern[],
    links: LinkContext
  ): BuiltinStoryScanner | undefined {
    const names = new Set(patterns.map((pattern) => pattern.builtin))
    if (names.has(undefined) || names.size !== patterns.length) return undefined
    return new BuiltinStoryScanner(patterns, links)
  }

  private constructor(
    private readonly patterns: readonly StoryPattern[],
    private readonly links: LinkContext
  ) {
    patterns.forEach((pattern, order) => {
      const ascii = pattern.builtin !== 'trailer'
      const name = pattern.builtin === 'azure-boards' ? 'azure' : pattern.builtin!
      this.sinks[name] = (at, from, to, hash) => this.add(order, at, from, to, hash, ascii)
    })
  }

  /**
   * Finds the stories of the message `bytes[start, end)`: their number. Each ID is counted once,
   * in the order they appear, as `scanStories` gives them.
   */
  scan(bytes: Uint8Array, start: number, end: number): number {
    if (bytes.buffer !== this.view.buffer) this.view = new DataView(bytes.buffer)
    this.bytes = bytes
    this.used = 0
    this.found = 0
    const offset = bytes.byteOffset
    matchStories(bytes, this.view, offset, start, end, this.sinks)
    return this.found === 0 ? 0 : this.keep()
  }

  idFrom(story: number): number {
    return this.from[this.kept[story]!]!
  }

  idTo(story: number): number {
    return this.to[this.kept[story]!]!
  }

  /** The name of the pattern that found story `story` first. */
  tracker(story: number): string {
    return this.patterns[this.order[this.kept[story]!]!]!.name
  }

  /** The ID of story `story` as text. */
  id(story: number): string {
    return this.ids.toString('utf8', this.idFrom(story), this.idTo(story))
  }

  /**
   * The link of story `story`: from the first match of its ID whose pattern gives one, as
   * `scanStories` takes it; null when none does.
   */
  url(story: number): string | null {
    const first = this.kept[story]!
    let i = 0
    while (this.sorted[i] !== first) i++
    for (; i < this.found; i++) {
      const hit = this.sorted[i]!
      const pattern = this.patterns[this.order[hit]!]!
      if (pattern.url === undefined || !this.sameId(hit, first)) continue
      const url = storyUrl(pattern.url, this.text(hit), this.groups(hit), this.links)
      if (url !== undefined) return url
    }
    return null
  }

  private text(hit: number): string {
    return this.ids.toString('utf8', this.from[hit], this.to[hit])
  }

  // The named groups of the regex that would have matched: id and number, and repository.
  private groups(hit: number): Record<string, string | undefined> | undefined {
    const builtin = this.patterns[this.order[hit]!]!.builtin
    if (builtin !== 'github' && builtin !== 'azure-boards') return undefined
    const hash = this.hash[hit]!
    const id = this.text(hit)
    const number = this.ids.toString('latin1', hash + 1, this.to[hit])
    if (builtin === 'azure-boards') return { id, number }
    const from = this.from[hit]!
    const repository = hash > from ? this.ids.toString('latin1', from, hash) : undefined
    return { id, repository, number }
  }

  private add(order: number, at: number, from: number, to: number, hash: number, ascii: boolean) {
    if (this.found === this.at.length) this.grow()
    const hit = this.found++
    this.at[hit] = at
    this.order[hit] = order
    const start = this.used
    if (ascii || isAscii(this.bytes, from, to)) this.copy(this.bytes, from, to)
    // A trailer's ID of other characters is decoded and encoded again, as the text the regex
    // found: bytes that are not UTF-8 become U+FFFD in it, and the same ID is the same text.
    else this.copy(Buffer.from(decode(this.bytes, from, to), 'utf8'), 0)
    this.from[hit] = start
    this.to[hit] = this.used
    this.hash[hit] = hash < 0 ? NO_HASH : start + hash - from
  }

  private copy(source: Uint8Array, from: number, to = source.length): void {
    const length = to - from
    if (this.used + length > this.ids.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.ids.length * 2, this.used + length))
      this.ids.copy(bigger, 0, 0, this.used)
      this.ids = bigger
    }
    for (let i = from; i < to; i++) this.ids[this.used++] = source[i]!
  }

  private grow(): void {
    const size = this.at.length * 2
    const bigger = (array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(size)
      next.set(array)
      return next
    }
    this.at = bigger(this.at)
    this.order = bigger(this.order)
    this.from = bigger(this.from)
    this.to = bigger(this.to)
    this.hash = bigger(this.hash)
    this.sorted = new Int32Array(size)
    this.kept = new Int32Array(size)
  }

  // Orders the matches by place, then by pattern, and keeps the first of each ID: the count.
  private keep(): number {
    const { at, order, sorted } = this
    for (let i = 0; i < this.found; i++) {
      let j = i
      while (j > 0) {
        const before = sorted[j - 1]!
        if (at[before]! < at[i]! || (at[before] === at[i] && order[before]! <= order[i]!)) break
        sorted[j] = before
        j--
      }
      sorted[j] = i
    }
    let kept = 0
    for (let i = 0; i < this.found; i++) {
      const hit = sorted[i]!
      let seen = false
      for (let k = 0; k < kept && !seen; k++) seen = this.sameId(this.kept[k]!, hit)
      if (!seen) this.kept[kept++] = hit
    }
    return kept
  }

  private sameId(a: number, b: number): boolean {
    const length = this.to[a]! - this.from[a]!
    if (this.to[b]! - this.from[b]! !== length) return false
    const ids = this.ids
    for (let i = 0, x = this.from[a]!, y = this.from[b]!; i < length; i++) {
      if (ids[x + i] !== ids[y + i]) return false
    }
    return true
  }
}

function decode(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', from, to)
}

function isAscii(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i]! >= 0x80) return false
  return true
}
