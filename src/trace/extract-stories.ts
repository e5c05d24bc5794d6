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
  index: number
  order: number
  ref: StoryRef
}

// Items of a trailer list ("Stories: 12, 34 and 56"): split on commas, semicolons and blanks;
// an item without a digit ("and") is a word, not an ID.
const LIST_SEPARATOR = /[\s,;]+/
const HAS_DIGIT = /[0-9]/

function collect(
  message: string,
  pattern: StoryPattern,
  order: number,
  context: LinkContext,
  hits: Hit[]
): void {
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
        const url = storyUrl(pattern.url, id, undefined, context) ?? null
        hits.push({ index: at, order, ref: { id, tracker: pattern.name, url } })
      }
      continue
    }
    const id = groups?.['id'] ?? match[1] ?? match[0]
    if (id === '') continue
    const url = storyUrl(pattern.url, id, groups, context) ?? null
    hits.push({ index: match.index, order, ref: { id, tracker: pattern.name, url } })
  }
}

/**
 * Every story ID of one commit message, in the order they appear, each once. When two patterns
 * find the same ID the first keeps it, and it takes a link from a later one if it had none.
 */
export function extractStories(
  message: string,
  patterns: readonly StoryPattern[],
  context: LinkContext = {}
): StoryRef[] {
  const hits: Hit[] = []
  for (let order = 0; order < patterns.length; order++) {
    collect(message, patterns[order]!, order, context, hits)
  }
  if (hits.length === 0) return []
  if (hits.length > 1) hits.sort((a, b) => a.index - b.index || a.order - b.order)
  const byId = new Map<string, StoryRef>()
  for (const { ref } of hits) {
    const seen = byId.get(ref.id)
    if (seen === undefined) byId.set(ref.id, ref)
    else if (seen.url === null && ref.url !== null) seen.url = ref.url
  }
  return [...byId.values()]
}
