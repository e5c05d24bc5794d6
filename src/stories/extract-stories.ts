import { storyUrl, type LinkContext, type StoryPattern } from './story-patterns.js'

/** One story ID found in commit text. */
export interface StoryRef {
  /** The ID exactly as written: ABC-123, AB#45, #7, owner/repo#7, 123. */
  id: string
  /** Name of the pattern that found it first. */
  tracker: string
  /** Its link, when a pattern that found it has a url template. */
  url: string | null
}

interface Hit {
  id: string
  index: number
  order: number
  pattern: StoryPattern
  groups: Record<string, string | undefined> | undefined
}

// Items of a trailer list ("Stories: 12, 34 and 56"): split on commas, semicolons and blanks;
// an item without a digit ("and") is a word, not an ID.
const LIST_SEPARATOR = /[\s,;]+/
const HAS_DIGIT = /[0-9]/

function collect(message: string, pattern: StoryPattern, order: number, hits: Hit[]): void {
  const regex = pattern.regex
  regex.lastIndex = 0
  for (let match = regex.exec(message); match !== null; match = regex.exec(message)) {
    if (match[0] === '') {
      regex.lastIndex++ // a pattern that can match nothing must still move on
      continue
    }
    const groups = match.groups
    const list = groups?.['ids']
    if (list !== undefined) {
      let offset = match.index
      for (const item of list.split(LIST_SEPARATOR)) {
        const id = item.replace(/^[([]+|[.)\]]+$/g, '')
        if (!HAS_DIGIT.test(id)) continue
        const at = message.indexOf(item, offset)
        offset = at + item.length
        hits.push({ id, index: at, order, pattern, groups: undefined })
      }
      continue
    }
    const id = groups?.['id'] ?? match[1] ?? match[0]
    if (id !== '') hits.push({ id, index: match.index, order, pattern, groups })
  }
}

/** Receives each story of a message once: its ID, the pattern that found it, its link or null. */
export type StoryVisitor = (id: string, tracker: string, url: string | null) => void

/**
 * Every story ID of one commit message, in the order they appear, each once, passed to `visit`
 * (no result array: this runs for every commit of a range). When two patterns find the same ID
 * the first keeps it, and it takes a link from a later one if it had none. Returns the count.
 */
export function scanStories(
  message: string,
  patterns: readonly StoryPattern[],
  context: LinkContext,
  visit: StoryVisitor
): number {
  // Made only once a pattern's text is in the message: many commits name no story.
  let hits: Hit[] | undefined
  for (let order = 0; order < patterns.length; order++) {
    const pattern = patterns[order]!
    // A cheap substring test spares running the regex over most messages.
    if (pattern.requires !== undefined && !message.includes(pattern.requires)) continue
    collect(message, pattern, order, (hits ??= []))
  }
  if (hits === undefined || hits.length === 0) return 0
  if (hits.length === 1) {
    const [hit] = hits as [Hit]
    visit(hit.id, hit.pattern.name, storyUrl(hit.pattern.url, hit.id, hit.groups, context) ?? null)
    return 1
  }
  hits.sort((a, b) => a.index - b.index || a.order - b.order)
  let found = 0
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!
    let seen = false
    for (let j = 0; j < i && !seen; j++) seen = hits[j]!.id === hit.id
    if (seen) continue
    // Links are built only for the hit that keeps an ID, or the later ones while it has none.
    let url: string | undefined
    for (let j = i; j < hits.length && url === undefined; j++) {
      const other = hits[j]!
      if (other.id === hit.id) url = storyUrl(other.pattern.url, other.id, other.groups, context)
    }
    visit(hit.id, hit.pattern.name, url ?? null)
    found++
  }
  return found
}

/** The stories of one commit message as a list (see `scanStories`). */
export function extractStories(
  message: string,
  patterns: readonly StoryPattern[],
  context: LinkContext = {}
): StoryRef[] {
  const refs: StoryRef[] = []
  scanStories(message, patterns, context, (id, tracker, url) => refs.push({ id, tracker, url }))
  return refs
}
