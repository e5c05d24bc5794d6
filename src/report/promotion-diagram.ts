import type { EnvironmentConfig } from '../config/types.js'
import { isProtected } from '../stage/promotion-sequence.js'
import { plainText } from '../text/escape.js'

/** Where one environment stands with a package (or a pull request's commits). */
export type StepState =
  /** Its latest deployment holds the package and succeeded. */
  | 'deployed'
  | 'failed'
  | 'in-progress'
  /** The environment before it has the package; it needs approval or a second factor. */
  | 'waiting'
  /** The environment before it has the package; nothing stands in the way. */
  | 'next'
  /** It runs another package. */
  | 'other'
  | 'none'

export interface PromotionStep {
  environment: string
  /** After which environment (`after:`), for the arrows. */
  after: string | undefined
  state: StepState
  /** The version it holds or runs; null for waiting, next and none. */
  version: string | null
  /** For `waiting`: what it waits for. */
  waitsFor?: 'approval' | 'a second factor'
}

/** What an environment holds of the package, or else what it runs. */
export interface EnvironmentHolding {
  version: string
  status: 'success' | 'failure' | 'in-progress'
}

type Environment = Pick<EnvironmentConfig, 'name' | 'after' | 'protection'>

/**
 * The promotion of a package through environments in promotion order: `holds` says what an
 * environment's latest deployment of the package was, `runs` what it runs otherwise. An
 * environment after one that has the package waits (protected) or comes next.
 */
export function promotionSteps(
  environments: readonly Environment[],
  holds: (environment: string) => EnvironmentHolding | undefined,
  runs: (environment: string) => string | undefined = () => undefined
): PromotionStep[] {
  const steps: PromotionStep[] = []
  for (const environment of environments) {
    const base = { environment: environment.name, after: environment.after }
    const held = holds(environment.name)
    if (held) {
      const state =
        held.status === 'success'
          ? 'deployed'
          : held.status === 'failure'
            ? 'failed'
            : 'in-progress'
      steps.push({ ...base, state, version: held.version })
      continue
    }
    const before = steps.find((step) => step.environment === environment.after)
    if (before?.state === 'deployed') {
      if (isProtected(environment)) {
        const waitsFor =
          environment.protection.reviewers === 'required' ? 'approval' : 'a second factor'
        steps.push({ ...base, state: 'waiting', version: null, waitsFor })
      } else {
        steps.push({ ...base, state: 'next', version: null })
      }
      continue
    }
    const running = runs(environment.name)
    steps.push({ ...base, state: running ? 'other' : 'none', version: running ?? null })
  }
  return steps
}

// Quoted Mermaid labels end at `"`, and `#` starts an entity; markdown ends the block at a line of
// backticks. Everything but letters, digits, blanks, `.`, `_`, `-` and the symbols below is
// written as a Mermaid entity code, so no label can end early, change the graph or the fence.
function mermaidText(text: string): string {
  return [...plainText(text, 80)]
    .map((c) =>
      /^[\p{L}\p{N} ._-]$/u.test(c) || SYMBOLS.includes(c) ? c : `#${c.codePointAt(0)};`
    )
    .join('')
}

const SYMBOLS = ['✅', '❌', '⏳', '⏭', '—']

function label(step: PromotionStep): string {
  const version = step.version ?? ''
  switch (step.state) {
    case 'deployed':
      return `${step.environment} ✅ ${version}`
    case 'failed':
      return `${step.environment} ❌ ${version} failed`
    case 'in-progress':
      return `${step.environment} ⏳ ${version} deploying`
    case 'waiting':
      return `${step.environment} ⏳ waiting for ${step.waitsFor ?? 'approval'}`
    case 'next':
      return `${step.environment} ⏭ next`
    case 'other':
      return `${step.environment} runs ${version}`
    case 'none':
      return `${step.environment} —`
  }
}

/**
 * The promotion as a Mermaid flowchart in a fenced block, which GitHub renders in job summaries
 * and comments: `test ✅ 1.2.0.15 → acceptance ✅ 1.2.0.15 → production ⏳ waiting for approval`.
 * Empty when there are no steps.
 */
export function renderPromotionDiagram(steps: readonly PromotionStep[]): string {
  if (!steps.length) return ''
  const ids = new Map(steps.map((step, index) => [step.environment, `e${index}`]))
  const lines = ['```mermaid', 'flowchart LR']
  for (const step of steps)
    lines.push(`  ${ids.get(step.environment)}["${mermaidText(label(step))}"]`)
  for (const step of steps) {
    const from = step.after === undefined ? undefined : ids.get(step.after)
    if (from) lines.push(`  ${from} --> ${ids.get(step.environment)}`)
  }
  lines.push('```')
  return `${lines.join('\n')}\n`
}
