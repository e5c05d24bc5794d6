import { seededRandom } from '../../support/retry.js'

/**
 * The fault matrix's seed and size. CI runs the defaults; a longer local run sets
 * MXDEPLOY_FAULT_SEED (any whole number) and MXDEPLOY_FAULT_ITERATIONS (a multiplier of the
 * default number of faults per scenario), e.g. MXDEPLOY_FAULT_ITERATIONS=10 npx vitest run test/faults.
 */
export const FAULT_SEED = wholeNumber('MXDEPLOY_FAULT_SEED', 20260301)
export const FAULT_ITERATIONS = wholeNumber('MXDEPLOY_FAULT_ITERATIONS', 1)

function wholeNumber(name: string, fallback: number): number {
  const text = process.env[name]
  if (text === undefined || text === '') return fallback
  if (!/^\d+$/.test(text)) throw new Error(`${name}="${text}" is not a whole number`)
  return Number(text)
}

/** A deterministic stream of numbers for one scenario: the matrix seed mixed with its name. */
export function scenarioRandom(scenario: string): () => number {
  let hash = FAULT_SEED
  for (const char of scenario) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return seededRandom(hash)
}

/** How many calls of each hook point a run made (test/support/kill-hook.mjs counts them). */
export type StepCounts = Record<string, number>

/** Every kill point of a run: `op:n:when` for each call of each op, with the whens it takes. */
export function killPoints(counts: StepCounts): string[] {
  const points: string[] = []
  for (const [op, count] of Object.entries(counts)) {
    if (op === 'write') continue // a point for MXDEPLOY_TEST_ENOSPC, not for a kill
    const whens = op === 'open' ? ['before'] : op === 'append' ? ['torn'] : ['before', 'after']
    for (let n = 1; n <= count; n++) for (const when of whens) points.push(`${op}:${n}:${when}`)
  }
  return points
}

/** Every write of a run, as MXDEPLOY_TEST_ENOSPC takes them: 1 … the number of writes. */
export function writePoints(counts: StepCounts): string[] {
  return Array.from({ length: counts['write'] ?? 0 }, (_, i) => String(i + 1))
}

/**
 * `size × FAULT_ITERATIONS` kill points drawn from `points` by the scenario's seeded stream,
 * without repeats while there are points left; the same seed draws the same points.
 */
export function drawPoints(scenario: string, points: string[], size: number): string[] {
  const random = scenarioRandom(scenario)
  const left = [...points]
  const drawn: string[] = []
  for (let i = 0; i < size * FAULT_ITERATIONS && left.length > 0; i++)
    drawn.push(left.splice(Math.floor(random() * left.length), 1)[0]!)
  return drawn
}
