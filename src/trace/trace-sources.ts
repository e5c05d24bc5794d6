import type { Logger } from '../log.js'
import type { CommitSource, RangeHistoryMissing, RangeRequest } from './commit-source.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import { traceRange, type TraceOutcome } from './trace-range.js'

/**
 * Traces a range from the first source that holds it: local git first, then GitHub's compare
 * API when the checkout lacks the history. Each fallback is logged with the reason; when no
 * source holds the range, the outcome's message gives every source's reason.
 */
export async function traceFromSources(
  sources: readonly CommitSource[],
  request: RangeRequest,
  patterns: readonly StoryPattern[],
  options: { links?: LinkContext; log?: Logger } = {}
): Promise<TraceOutcome> {
  const missed: RangeHistoryMissing[] = []
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!
    const outcome = await traceRange(source, request, patterns, options)
    if (outcome.status === 'complete') return outcome
    missed.push(outcome)
    const next = sources[i + 1]
    if (next) options.log?.info(`${outcome.message}; reading the commits from ${next.name} instead`)
  }
  const last = missed.at(-1)
  if (last === undefined) {
    return {
      status: 'history-missing',
      reason: 'unavailable',
      message: 'no source of commits is available'
    }
  }
  if (missed.length === 1) return last
  return { ...last, message: missed.map((m) => m.message).join('; and ') }
}

/** Whether `ancestor` is in the history of `descendant`, from the first source that knows. */
export async function containsFromSources(
  sources: readonly CommitSource[],
  ancestor: string,
  descendant: string
): Promise<boolean | undefined> {
  for (const source of sources) {
    const answer = await source.contains(ancestor, descendant)
    if (answer !== undefined) return answer
  }
  return undefined
}
