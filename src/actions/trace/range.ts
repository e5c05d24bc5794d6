import { readFile } from 'node:fs/promises'
import { ConfigurationError, errnoCode, errorMessage } from '../../errors.js'
import type { RunContext } from '../../github/run-context.js'

/** The commits to trace, and where that choice came from (for the log). */
export interface TraceRangeChoice {
  from: string | undefined
  to: string
  why: string
}

interface EventPayload {
  before?: string
  after?: string
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } }
}

const ZERO_SHA = /^0+$/
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

async function readEvent(path: string | undefined): Promise<EventPayload> {
  if (!path) return {}
  try {
    return JSON.parse(await readFile(path, 'utf8')) as EventPayload
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return {}
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH ${path} is not readable JSON: ${errorMessage(error)}`
    )
  }
}

/**
 * The range the trace action reads: `from`/`to` when given; on a pull request its commits
 * (base...head); on a push the pushed commits (before...after); otherwise the history of the
 * run's commit up to the limit.
 */
export async function chooseRange(
  inputs: { from: string | undefined; to: string | undefined },
  context: RunContext,
  env: NodeJS.ProcessEnv
): Promise<TraceRangeChoice> {
  const head = context.sha || 'HEAD'
  if (inputs.from !== undefined || inputs.to !== undefined) {
    return { from: inputs.from, to: inputs.to ?? head, why: 'the from and to inputs' }
  }
  const event = await readEvent(env['GITHUB_EVENT_PATH'])
  const pull = event.pull_request
  if (context.eventName && PULL_REQUEST_EVENTS.has(context.eventName)) {
    const base = pull?.base?.sha
    const tip = pull?.head?.sha
    if (!base || !tip) {
      throw new ConfigurationError(
        `the ${context.eventName} event has no pull_request.base.sha and head.sha: give the from and to inputs`
      )
    }
    return { from: base, to: tip, why: `the commits of pull request #${pull?.number ?? '?'}` }
  }
  if (context.eventName === 'push' && event.after && !ZERO_SHA.test(event.after)) {
    const before = event.before && !ZERO_SHA.test(event.before) ? event.before : undefined
    return {
      from: before,
      to: event.after,
      why: before ? 'the pushed commits' : 'a new branch: its history up to the limit'
    }
  }
  return { from: undefined, to: head, why: `the history of ${head} up to the limit` }
}
