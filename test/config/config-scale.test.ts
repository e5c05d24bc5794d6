import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import type { MxdeployConfig } from '../../src/config/types.js'
import { ConfigurationError } from '../../src/errors.js'
import { promotionSequence } from '../../src/stage/promotion-sequence.js'

// A configuration with 200,000 environments took over 2 minutes to load (20,000: 12 s): lookups
// that scan a list inside a loop over the same list. Time is no measure in a test, so these count
// the work instead: the array elements that scanning methods (find, some, includes, filter, …)
// visit, in our code and in the libraries it calls. Linear work grows 10-fold when the
// environments do; quadratic work grows 100-fold.

const FILE = '/repo/mxdeploy.yml'

const SCANS = [
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'filter',
  'map',
  'flatMap',
  'forEach',
  'reduce',
  'includes',
  'indexOf',
  'lastIndexOf'
] as const

/** Runs `work` and counts the array elements scanning methods were handed meanwhile. */
function scanned(work: () => unknown): number {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
  const originals = SCANS.map((name) => [name, proto[name]!] as const)
  let count = 0
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      count += this.length
      return original.apply(this, args)
    }
  }
  try {
    work()
  } finally {
    for (const [name, original] of originals) proto[name] = original
  }
  return count
}

/** How much more work 10 times the environments took: about 10 when linear. */
function growth(text: (n: number) => string, small: number, work: (text: string) => unknown) {
  work(text(10)) // the schema compiles once, on first use
  const a = text(small)
  const b = text(small * 10)
  return scanned(() => work(b)) / scanned(() => work(a))
}

const flat = (n: number): string => {
  const lines = ['app: hello', 'environments:']
  for (let i = 0; i < n; i++) lines.push(`  e${i}: { constants: { M.C: "${i}" } }`)
  return `${lines.join('\n')}\n`
}

/** Each environment after the one before: the longest promotion chain. */
const chain = (n: number): string => {
  const lines = ['app: hello', 'environments:']
  for (let i = 0; i < n; i++) lines.push(i ? `  e${i}: { after: e${i - 1} }` : '  e0: {}')
  return `${lines.join('\n')}\n`
}

/** Each environment after the one below it: every `after:` points forward in the file. */
const reversed = (n: number): string => {
  const lines = ['app: hello', 'environments:']
  for (let i = 0; i < n; i++)
    lines.push(i < n - 1 ? `  e${i}: { after: e${i + 1} }` : `  e${i}: {}`)
  return `${lines.join('\n')}\n`
}

const load = (text: string): MxdeployConfig => parseConfig(text, FILE)

describe('configuration size', () => {
  test('loading grows linearly with the environments (2,000 → 20,000)', () => {
    expect(growth(flat, 2_000, load)).toBeLessThan(15)
  })

  test('checking a long after: chain grows linearly (200 → 2,000)', () => {
    expect(growth(chain, 200, load)).toBeLessThan(15)
  })

  test('the promotion order grows linearly, also when every after: points forward', () => {
    const order = (text: string) => promotionSequence(load(text).environments)
    expect(growth(chain, 200, order)).toBeLessThan(15)
    expect(growth(reversed, 200, order)).toBeLessThan(15)
    const names = promotionSequence(load(reversed(4)).environments).map((e) => e.name)
    expect(names).toEqual(['e3', 'e2', 'e1', 'e0'])
  })

  test('a file with an error in every environment is refused as quickly, naming the first ones', () => {
    const broken = (n: number): string => flat(n).replace(/constants:/g, 'constnts:')
    const refuse = (text: string): string => {
      try {
        load(text)
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        return (error as Error).message
      }
      throw new Error('expected a refusal')
    }
    expect(growth(broken, 2_000, refuse)).toBeLessThan(15)
    const message = refuse(broken(2_000))
    expect(message.split('\n')).toHaveLength(22)
    expect(message.split('\n')[1]).toBe(
      `${FILE}:3:9: unknown key "constnts" in environments.e0; allowed here: target, after, url, production, constants, scheduled-events, new-constants, protection`
    )
    expect(message.split('\n').at(-1)).toBe('… and 1,980 more problems')
  })
})

describe('promotion order', () => {
  test('each environment after the one it names, otherwise in the order of the file', () => {
    const config = load(
      'app: a\nenvironments:\n  prod: { after: acc }\n  dev: {}\n  acc: { after: test }\n  test: {}\n  side: { after: dev }\n'
    )
    expect(promotionSequence(config.environments).map((e) => e.name)).toEqual([
      'dev',
      'test',
      'acc',
      'prod',
      'side'
    ])
  })
})
