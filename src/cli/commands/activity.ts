import type { ActivityRecord } from '../../activity/activity-log.js'
import { ConfigurationError } from '../../errors.js'
import { findEnvironment } from '../../config/find-environment.js'
import { renderActivityMarkdown } from '../../report/activity-markdown.js'
import { stringValue, type Command } from '../command.js'
import { table } from '../format.js'
import { openWorkspace, WORKSPACE_OPTIONS } from '../workspace.js'

const COLUMNS = [
  'time',
  'environment',
  'operation',
  'version',
  'sha256',
  'actor',
  'approvers',
  'mfa',
  'result',
  'durationMs',
  'error'
] as const

function cells(record: ActivityRecord): string[] {
  return [
    record.time,
    record.environment,
    record.operation,
    record.package?.version ?? '',
    record.package?.sha256.slice(0, 12) ?? '',
    record.actor,
    record.approvers.join(' '),
    record.mfa ? record.mfa.users.map((u) => `${u.user}:${u.via}`).join(' ') : '',
    record.result,
    String(record.durationMs),
    record.error?.split('\n')[0] ?? ''
  ]
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export const activityCommand: Command = {
  name: 'activity',
  summary: 'Show the activity log: every operation on every environment, newest first.',
  usage: 'activity [--environment NAME] [--format table|json|csv|markdown] [--limit N]',
  options: {
    ...WORKSPACE_OPTIONS,
    environment: {
      type: 'string',
      short: 'e',
      value: 'NAME',
      description: 'only this environment'
    },
    format: {
      type: 'string',
      value: 'table|json|csv|markdown',
      description:
        'output format (default table; markdown for status pages and issues; --json is the same as --format json)'
    },
    limit: { type: 'string', value: 'N', description: 'at most N records' }
  },
  async run(context) {
    const format = context.json ? 'json' : (stringValue(context, 'format') ?? 'table')
    if (!['table', 'json', 'csv', 'markdown'].includes(format))
      throw new ConfigurationError(`--format ${format} is not one of table, json, csv, markdown`)
    const limitText = stringValue(context, 'limit')
    if (limitText !== undefined && !/^[1-9]\d*$/.test(limitText))
      throw new ConfigurationError(`--limit ${limitText} is not a positive whole number`)
    const { config, activity } = await openWorkspace(context)
    const environment = stringValue(context, 'environment')
    if (environment) findEnvironment(config, environment)
    const records = await activity.list({
      app: config.app,
      ...(environment ? { environment } : {}),
      ...(limitText ? { limit: Number(limitText) } : {})
    })
    let text: string
    if (format === 'json') text = JSON.stringify(records, null, 2)
    else if (format === 'markdown')
      text = renderActivityMarkdown({
        app: config.app,
        records,
        // Filtered to one environment, the table is that environment's page: no diagram.
        ...(environment
          ? {}
          : {
              environments: config.environments,
              // --limit shortens the table, not what the diagram knows runs where.
              current: limitText ? await activity.list({ app: config.app }) : records
            })
      })
    else if (format === 'csv')
      text = [COLUMNS.join(','), ...records.map((r) => cells(r).map(csvField).join(','))].join('\n')
    else text = records.length ? table([...COLUMNS], records.map(cells)) : 'no activity yet'
    return { json: records, text }
  }
}
