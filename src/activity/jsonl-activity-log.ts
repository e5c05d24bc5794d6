import { open, readFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { errnoCode } from '../errors.js'
import {
  finishedRecord,
  type ActivityLog,
  type ActivityOutcome,
  type ActivityQuery,
  type ActivityRecord,
  type ActivityStart,
  type OpenActivity
} from './activity-log.js'

/**
 * The default activity log: one JSON line per finished operation in the state folder,
 * appended with O_APPEND (one write per record, so concurrent writers never interleave a line)
 * and fsynced.
 */
export class JsonlActivityLog implements ActivityLog {
  constructor(readonly path: string) {}

  begin(start: ActivityStart): Promise<OpenActivity> {
    return Promise.resolve({ start })
  }

  async finish(opened: OpenActivity, outcome: ActivityOutcome): Promise<ActivityRecord> {
    const record = finishedRecord(opened, outcome)
    await mkdir(dirname(this.path), { recursive: true })
    const handle = await open(this.path, 'a', 0o644)
    try {
      await handle.write(`${JSON.stringify(record)}\n`)
      await handle.sync()
    } finally {
      await handle.close()
    }
    return record
  }

  async list(query: ActivityQuery): Promise<ActivityRecord[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return []
      throw error
    }
    const records: ActivityRecord[] = []
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      let record: ActivityRecord
      try {
        record = JSON.parse(line) as ActivityRecord
      } catch {
        continue // a line cut short by a crash mid-write: skip it, keep the rest
      }
      if (query.app && record.app !== query.app) continue
      if (query.environment && record.environment !== query.environment) continue
      records.push(record)
    }
    records.reverse()
    records.sort((a, b) => b.time.localeCompare(a.time))
    return query.limit ? records.slice(0, query.limit) : records
  }
}
