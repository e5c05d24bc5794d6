import { logText } from '../text/escape.js'
import type { TracedCommit } from './trace-range.js'

export type RequireStory = 'off' | 'warn' | 'error'

/** One commit that names no story, as an annotation: its level and a message naming it. */
export interface StoryFinding {
  level: 'warning' | 'error'
  sha: string
  message: string
}

export interface StoryCheck {
  /** False only in `error` mode with at least one finding. */
  passed: boolean
  /** Commits that name a story, and those that must (merge commits are not asked). */
  named: number
  checked: number
  findings: StoryFinding[]
}

const SUBJECT_CHARS = 72

/**
 * The `require-story` check of a pull request: every commit but merges should name a story.
 * `warn` makes each one a warning, `error` an error that fails the check, `off` says nothing.
 */
export function checkRequireStory(
  commits: readonly TracedCommit[],
  mode: RequireStory,
  patternNames: readonly string[] = []
): StoryCheck {
  const checked = commits.filter((commit) => !commit.merge)
  const missing = checked.filter((commit) => commit.stories.length === 0)
  const named = checked.length - missing.length
  if (mode === 'off') return { passed: true, named, checked: checked.length, findings: [] }
  const level = mode === 'error' ? 'error' : 'warning'
  const how = patternNames.length ? ` (patterns: ${patternNames.join(', ')})` : ''
  const findings = missing.map((commit) => ({
    level,
    sha: commit.sha,
    message: `commit ${commit.sha.slice(0, 12)} "${logText(commit.subject, SUBJECT_CHARS)}" names no user story: reword it to name one, such as "ABC-123: …" or a "Story: ABC-123" trailer${how}`
  })) satisfies StoryFinding[]
  return {
    passed: mode !== 'error' || findings.length === 0,
    named,
    checked: checked.length,
    findings
  }
}
