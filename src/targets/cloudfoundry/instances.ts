import { OperationError } from '../../errors.js'
import { v3Url, type CfContext } from './context.js'
import { formatLogLines, recentLogLines } from './log-cache.js'
import type { CfApp, CfAuditEvent, InstanceStats } from './resources.js'

/** How many of the app's own log lines a crash report shows. */
const CRASH_LOG_LINES = 15

/** The instances of a process crashed, all of them. */
export class CrashError extends OperationError {
  override name = 'CrashError'
}

/** The stats of a process's instances (`{ "resources": [...] }`, not paginated). */
export async function processStats(
  context: CfContext,
  processGuid: string
): Promise<InstanceStats[]> {
  const body = await context.http.json<{ resources?: InstanceStats[] }>({
    method: 'GET',
    url: v3Url(context, `/processes/${processGuid}/stats`),
    what: `reading the instances of process ${processGuid}`
  })
  return body?.resources ?? []
}

/** The stats of the app's web process. */
export async function webStats(context: CfContext, app: CfApp): Promise<InstanceStats[]> {
  const body = await context.http.json<{ resources?: InstanceStats[] }>({
    method: 'GET',
    url: v3Url(context, `/apps/${app.guid}/processes/web/stats`),
    what: `reading the instances of app ${app.name}`
  })
  return body?.resources ?? []
}

export interface InstanceSummary {
  running: boolean
  /** Every instance CRASHED (and there is at least one). */
  crashed: boolean
  /** `1 of 2 running, 1 starting`, placement errors included. */
  text: string
}

/**
 * The cf CLI's rule: a process is up once any instance is RUNNING, failed when all crashed;
 * anything else is still on its way.
 */
export function summarize(stats: InstanceStats[]): InstanceSummary {
  const count = (state: string): number => stats.filter((s) => s.state === state).length
  const running = count('RUNNING')
  const parts = [`${running} of ${stats.length} running`]
  for (const state of ['STARTING', 'CRASHED', 'DOWN', 'STOPPING']) {
    if (count(state) > 0) parts.push(`${count(state)} ${state.toLowerCase()}`)
  }
  const placement = [...new Set(stats.map((s) => s.details).filter((d): d is string => !!d))]
  return {
    running: running > 0,
    crashed: stats.length > 0 && count('CRASHED') === stats.length,
    text: `${parts.join(', ')}${placement.length ? ` (${placement.join('; ')})` : ''}`
  }
}

/**
 * Why the app's instances crashed: the newest `audit.app.process.crash` event since `since`
 * (exit status, description and reason from Diego), and the app's last log lines.
 */
export async function crashReport(
  context: CfContext,
  app: CfApp,
  since: string | undefined,
  processGuid?: string
): Promise<string> {
  let reason = 'no crash event was found'
  try {
    const events = await context.http.json<{ resources?: CfAuditEvent[] }>({
      method: 'GET',
      url: v3Url(context, '/audit_events', {
        types: 'audit.app.process.crash',
        target_guids: app.guid,
        order_by: '-created_at',
        per_page: 10
      }),
      what: `reading the crash events of app ${app.name}`
    })
    const after = since ? Date.parse(since) : NaN
    const event = (events?.resources ?? []).find(
      (e) =>
        (Number.isNaN(after) || Date.parse(e.created_at) >= after) &&
        (!processGuid || !e.actor?.guid || e.actor.guid === processGuid)
    )
    if (event?.data) {
      const d = event.data
      reason = [
        `instance ${d.index ?? '?'} exited`,
        d.exit_status !== undefined ? ` with status ${d.exit_status}` : '',
        d.exit_description ? `: ${d.exit_description}` : '',
        d.reason ? ` (${d.reason})` : ''
      ].join('')
    }
  } catch (error) {
    reason = `the crash events could not be read: ${(error as Error).message}`
  }
  const log = await recentLogLines(context, {
    appGuid: app.guid,
    since,
    sourceType: (type) => type.startsWith('APP'),
    lines: CRASH_LOG_LINES
  })
  return `${reason}; ${formatLogLines(log, 'app', app.name)}`
}
