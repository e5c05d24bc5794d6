import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import type { ActivityStart } from '../../src/activity/activity-log.js'
import { JsonlActivityLog } from '../../src/activity/jsonl-activity-log.js'
import type { AppendFiles } from '../../src/fs/append-line.js'
import { fullDiskFiles } from '../support/full-disk.js'
import { recordingLogger } from '../support/recording-logger.js'
import { canMountTmpfs, runInSmallTmpfs } from '../support/small-tmpfs.js'

const FULL_DISK = new URL('./fixtures/full-disk-append.ts', import.meta.url).pathname
const ROOT = new URL('../..', import.meta.url).pathname

let dir: string
let path: string

function start(environment: string, time: string): ActivityStart {
  return {
    id: `id-${environment}-${time}`,
    time,
    app: 'hello',
    environment,
    operation: 'deploy',
    package: { version: '1.0.0.1', sha256: 'a'.repeat(64) },
    actor: 'ann',
    approvers: [],
    mfa: null,
    commit: null,
    runUrl: null,
    stories: []
  }
}

async function append(log: JsonlActivityLog, environment: string, time: string): Promise<void> {
  await log.finish(await log.begin(start(environment, time)), {
    result: 'success',
    error: null,
    durationMs: 5
  })
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-activity-'))
  path = join(dir, 'activity.jsonl')
})

describe('JSONL activity log', () => {
  test('a record after a torn last line starts on a line of its own; the torn line is skipped with a warning', async () => {
    const log = new JsonlActivityLog(path)
    await append(log, 'test', '2026-01-01T00:00:00.000Z')
    // A writer killed mid-record leaves half a line without its newline.
    await appendFile(path, '{"id":"torn","time":"2026-01-01T00:00:0')
    const logger = recordingLogger()
    const reader = new JsonlActivityLog(path, { log: logger })
    await append(reader, 'acceptance', '2026-01-02T00:00:00.000Z')
    const records = await reader.list({})
    expect(records.map((r) => r.environment)).toEqual(['acceptance', 'test'])
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(4)
    expect(logger.warnings).toEqual([
      `${path}:2: skipped a line that is not a complete activity record (cut short or not JSON)`
    ])
  })

  test('null, a number, an array and a record missing fields are skipped with a warning naming their lines', async () => {
    const log = new JsonlActivityLog(path)
    await append(log, 'test', '2026-01-01T00:00:00.000Z')
    const good = (await readFile(path, 'utf8')).trim()
    const partial = JSON.stringify({ ...JSON.parse(good), time: undefined })
    const badPackage = JSON.stringify({ ...JSON.parse(good), package: { version: 1 } })
    await appendFile(path, `null\n42\n[1]\n${partial}\n${badPackage}\n\n${good}\n`)
    const logger = recordingLogger()
    const records = await new JsonlActivityLog(path, { log: logger }).list({ environment: 'test' })
    expect(records).toHaveLength(2)
    expect(logger.warnings).toEqual([
      `${path}:2: skipped a line that is not an activity record (null)`,
      `${path}:3: skipped a line that is not an activity record (42)`,
      `${path}:4: skipped a line that is not an activity record (an array)`,
      `${path}:5: skipped an activity record without a valid "time"`,
      `${path}:6: skipped an activity record without a valid "package"`
    ])
  })

  test('each skipped line is reported once, however often the log is read', async () => {
    await writeFile(path, 'null\n')
    const logger = recordingLogger()
    const log = new JsonlActivityLog(path, { log: logger })
    await log.list({})
    await log.list({ environment: 'test' })
    expect(logger.warnings).toHaveLength(1)
  })

  test('a short write and then a full disk fail the append, naming the file; the next append starts a fresh line', async () => {
    const log = new JsonlActivityLog(path)
    await append(log, 'test', '2026-01-01T00:00:00.000Z')
    const full = new JsonlActivityLog(path, { files: fullDiskFiles() })
    await expect(append(full, 'acceptance', '2026-01-02T00:00:00.000Z')).rejects.toThrow(
      `could not write the record to the activity log ${path}: no space left on device (ENOSPC)`
    )
    const logger = recordingLogger()
    const after = new JsonlActivityLog(path, { log: logger })
    await append(after, 'production', '2026-01-03T00:00:00.000Z')
    expect((await after.list({})).map((r) => r.environment)).toEqual(['production', 'test'])
    expect(logger.warnings).toEqual([
      `${path}:2: skipped a line that is not a complete activity record (cut short or not JSON)`
    ])
  })

  test('a write that makes no progress fails instead of looping', async () => {
    const stuck: AppendFiles = {
      async open(file, flags, mode) {
        const { open } = await import('node:fs/promises')
        const handle = await open(file, flags, mode)
        return {
          stat: () => handle.stat(),
          read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
          write: () => Promise.resolve({ bytesWritten: 0 }),
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      }
    }
    await expect(
      append(new JsonlActivityLog(path, { files: stuck }), 'test', '2026-01-01T00:00:00.000Z')
    ).rejects.toThrow(`could not write the record to the activity log ${path}: the write stopped`)
  })

  test.skipIf(!canMountTmpfs)(
    'on a real full disk (a 16 KiB tmpfs) the cut-short record fails the append and the log still parses',
    () => {
      const node = [process.execPath, '--import', 'tsx', FULL_DISK, dir]
      const run = runInSmallTmpfs(dir, '16k', 'exec "$@"', node, { cwd: ROOT })
      expect(run.code, run.stderr).toBe(0)
      const result = JSON.parse(run.stdout)
      expect(result.failed).toBe(
        `could not write the record to the activity log ${path}: no space left on device (ENOSPC)`
      )
      expect(result.next).toBeNull()
      expect(result.listed.sort()).toEqual(['production', 'test'])
      expect(result.warnings).toEqual([
        '2: skipped a line that is not a complete activity record (cut short or not JSON)'
      ])
    }
  )
})
