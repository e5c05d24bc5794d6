import { extractStories } from './extract-stories.js'
import type { LinkContext, StoryPattern } from './story-patterns.js'

/**
 * The link of a story ID as the patterns give it, from `known` links first (those a trace
 * found), else by reading the ID itself with the patterns; null when none has a url.
 */
export function storyLink(
  id: string,
  patterns: readonly StoryPattern[],
  links: LinkContext,
  known: ReadonlyMap<string, string | null> = new Map()
): string | null {
  const url = known.get(id)
  if (url) return url
  return extractStories(id, patterns, links).find((story) => story.id === id)?.url ?? null
}
