import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { OperationError, errnoCode } from '../errors.js'
import { appendLine, nodeAppendFiles, type AppendFiles } from '../fs/append-line.js'
import { fsReason } from '../fs/fs-error.js'
import { silentLogger, type Logger } from '../log.js'
import {
  finishedRecord,
  type ActivityLog,
  type ActivityOutcome,
  type ActivityQuery,
  type ActivityRecord,
  type ActivityStart,
  type OpenActivity
} from './activity-log.js'
import { asRecord, recordProblem } from './record-check.js'
import { makeDirectory } from '../fs/make-directory.js'

export interface JsonlActivityLogOptions {
  /** Where lines that are not records are reported (default: nowhere). */
  log?: Logger
  /** How the file is opened for appending; tests make the disk fill up with it. */
  files?: AppendFiles
}

/**
 * The default activity log: one JSON line per finished operation in the state folder. Each
 * record is appended whole with O_APPEND (one write, so concurrent writers never interleave a
 * line) on a line of its own, and fsynced; a record that cannot be written whole fails.
 */
export class JsonlActivityLog implements ActivityLog {
  private readonly log: Logger
  private readonly files: AppendFiles
  /** Lines already reported as skipped: the log is read several times per command. */
  private readonly reported = new Set<number>()

  constructor(
    readonly path: string,
    options: JsonlActivityLogOptions = {}
  ) {
    this.log = options.log ?? silentLogger
    this.files = options.files ?? nodeAppendFiles
  }

  begin(start: ActivityStart): Promise<OpenActivity> {
    return Promise.resolve({ start })
  }

  async finish(opened: OpenActivity, outcome: ActivityOutcome): Promise<ActivityRecord> {
    const record = finishedRecord(opened, outcome)
    try {
      await makeDirectory(dirname(this.path))
      await appendLine(this.path, JSON.stringify(record), this.files)
    } catch (error) {
      throw new OperationError(
        `could not write the record to the activity log ${this.path}: ${fsReason(error)}`
      )
    }
    return record
  }

  async list(query: ActivityQuery): Promise<ActivityRecord[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return []
      throw new OperationError(`could not read the activity log ${this.path}: ${fsReason(error)}`)
    }
    const records: ActivityRecord[] = []
    text.split('\n').forEach((line, index) => {
      if (!line.trim()) return
      const record = this.parse(line, index + 1)
      if (!record) return
      if (query.app && record.app !== query.app) return
      if (query.environment && record.environment !== query.environment) return
      records.push(record)
    })
    records.reverse()
    records.sort((a, b) => b.time.localeCompare(a.time))
    return query.limit ? records.slice(0, query.limit) : records
  }

  /** The record on a line, or undefined (reported once) for a line that is not one. */
  private parse(line: string, number: number): ActivityRecord | undefined {
    let value: unknown
    let problem: string | undefined
    try {
      value = JSON.parse(line)
      problem = recordProblem(value)
    } catch {
      // A writer killed mid-line, or something else wrote here.
      problem = 'skipped a line that is not a complete activity record (cut short or not JSON)'
    }
    if (problem === undefined) return asRecord(value as Record<string, unknown>)
    if (!this.reported.has(number)) {
      this.reported.add(number)
      this.log.warning(problem, { file: this.path, line: number })
    }
    return undefined
  }
}
