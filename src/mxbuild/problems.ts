import { readFile } from 'node:fs/promises'
import { errnoCode, errorMessage } from '../errors.js'
import type { Logger } from '../log.js'

/** Where a problem is in the model, as MxBuild's --write-errors file gives it. */
export interface ProblemLocation {
  module?: string
  document?: string
  element?: string
}

/** One entry of MxBuild's --write-errors file. */
export interface MxBuildProblem {
  /** A code such as CE1613, when MxBuild gives one. */
  name?: string
  severity: 'Error' | 'Warning' | 'Deprecation'
  message: string
  locations: ProblemLocation[]
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function location(value: unknown): ProblemLocation {
  const item = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  return {
    module: text(item['module']),
    document: text(item['document']),
    element: text(item['element'])
  }
}

/**
 * Parses the --write-errors JSON: `{"problems": [{name?, severity, message, locations}]}`, UTF-8
 * with an optional BOM. Unknown severities count as errors, so nothing serious is played down.
 */
export function parseProblems(source: Buffer | string): MxBuildProblem[] {
  const raw = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^\uFEFF/, '')
  const document = JSON.parse(raw) as unknown
  const problems = (document as { problems?: unknown } | null)?.problems
  if (!Array.isArray(problems)) throw new Error('it has no "problems" list')
  return problems.map((value, index) => {
    const item = (typeof value === 'object' && value !== null ? value : {}) as Record<
      string,
      unknown
    >
    const message = text(item['message'])
    if (!message) throw new Error(`problem ${index + 1} has no "message"`)
    const severity = text(item['severity'])
    const locations = Array.isArray(item['locations']) ? item['locations'].map(location) : []
    return {
      ...(text(item['name']) ? { name: text(item['name']) } : {}),
      severity: severity === 'Warning' || severity === 'Deprecation' ? severity : 'Error',
      message,
      locations
    }
  })
}

/** The problems in MxBuild's error file, or why they can't be read (never throws). */
export async function readProblems(
  path: string
): Promise<{ problems: MxBuildProblem[] } | { unreadable: string; missing: boolean }> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const missing = errnoCode(error) === 'ENOENT'
    return { unreadable: missing ? 'MxBuild wrote no error file' : errorMessage(error), missing }
  }
  try {
    return { problems: parseProblems(bytes) }
  } catch (error) {
    return { unreadable: `its error file is not valid: ${errorMessage(error)}`, missing: false }
  }
}

/** `CE1613: message (Module › Document › element)`: one line per problem. */
export function describeProblem(problem: MxBuildProblem): string {
  const where = problem.locations
    .map((at) => [at.module, at.document, at.element].filter(Boolean).join(' › '))
    .filter(Boolean)
  const code = problem.name ? `${problem.name}: ` : ''
  return `${code}${problem.message}${where.length ? ` (${where.join('; ')})` : ''}`
}

/**
 * Reports problems through the logger: errors as errors, warnings and deprecations as warnings
 * (annotations in Actions, lines in the CLI), each pointing at the .mpr.
 */
export function reportProblems(
  problems: MxBuildProblem[],
  log: Logger,
  project: string
): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const problem of problems) {
    const title = `MxBuild ${problem.severity.toLowerCase()}${problem.name ? ` ${problem.name}` : ''}`
    if (problem.severity === 'Error') {
      errors++
      log.error(describeProblem(problem), { file: project, title })
    } else {
      warnings++
      log.warning(describeProblem(problem), { file: project, title })
    }
  }
  return { errors, warnings }
}
