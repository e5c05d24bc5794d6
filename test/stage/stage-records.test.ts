import { appendFile, mkdir, readFile, readlink, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { JsonlActivityLog } from '../../src/activity/jsonl-activity-log.js'
import { parseConfig } from '../../src/config/load.js'
import { errorMessage } from '../../src/errors.js'
import { FileRepository } from '../../src/repository/file-repository.js'
import { operateEnvironment } from '../../src/stage/operate-environment.js'
import { stagePackage } from '../../src/stage/stage-package.js'
import type { DeploymentTarget } from '../../src/targets/deployment-target.js'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { fullDiskFiles } from '../support/full-disk.js'
import { recordingLogger } from '../support/recording-logger.js'
import { canMountTmpfs, runInSmallTmpfs } from '../support/small-tmpfs.js'

// The activity log is the audit trail: a deployment whose record is lost must not look like a
// success, and a damaged line must not hide the records around it.

const BASE = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  acceptance: { after: test }
  vm:
    target: { type: command, run: "echo cannot reach host >&2; exit 3" }
`

let dir: string
let logPath: string

async function run(...args: string[]) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir })
}

const CLI = new URL('../support/mxdeploy-process.ts', import.meta.url).pathname
const ROOT = new URL('../..', import.meta.url).pathname

/** A valid record of another app, padded to exactly `bytes` with its newline. */
function paddedRecord(bytes: number): string {
  const record = {
    id: 'seed',
    time: '2026-01-01T00:00:00.000Z',
    app: 'other',
    environment: 'test',
    operation: 'deploy',
    package: null,
    actor: 'ann',
    approvers: [],
    mfa: null,
    result: 'success',
    error: null,
    commit: null,
    runUrl: null,
    durationMs: 1,
    stories: [],
    details: { padding: '' }
  }
  const line = JSON.stringify(record)
  record.details.padding = 'x'.repeat(bytes - 1 - line.length)
  return `${JSON.stringify(record)}\n`
}

/** Stages in this process with an activity log whose disk fills up at the record. */
async function stageOnFullDisk(environment: string) {
  const log = recordingLogger()
  const stateDir = join(dir, '.mxdeploy')
  try {
    await stagePackage({
      config: parseConfig(BASE, join(dir, 'mxdeploy.yml')),
      environment,
      repository: new FileRepository(join(stateDir, 'packages')),
      activity: new JsonlActivityLog(logPath, { files: fullDiskFiles() }),
      actor: 'ann',
      runUrl: null,
      stateDir,
      log
    })
  } catch (error) {
    return { error: errorMessage(error), warnings: log.warnings }
  }
  return { error: null, warnings: log.warnings }
}

beforeEach(async () => {
  dir = await copyExample()
  logPath = join(dir, '.mxdeploy', 'activity.jsonl')
  await writeConfig(dir, BASE)
  const out = join(dir, 'hello.mda')
  const built = await run(
    'build',
    '--deployment-dir',
    'deployment',
    '--version',
    '1.2.0',
    '--build-number',
    '1',
    '--out',
    out
  )
  expect(built.code, built.stderr).toBe(0)
  expect((await run('publish', out)).code).toBe(0)
})

describe('stage records', () => {
  test('a deployment whose record cannot be written fails and says it was deployed', async () => {
    const staged = await stageOnFullDisk('test')
    expect(staged.error).toBe(
      `test now runs hello 1.2.0.1, but the deployment is not in the activity log: could not write the record to the activity log ${logPath}: no space left on device (ENOSPC); once the log can be written again, record the deployment with mxdeploy stage --environment test (it records what the environment runs as reconciled)`
    )
    expect(await readlink(join(dir, '.mxdeploy', 'envs', 'test', 'current'))).toMatch(
      /^releases\/1\.2\.0\.1-/
    )
    // Once the log takes records again, the next stage records what runs, as the message says.
    const again = await run('stage', '--environment', 'test', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.changed).toBe(false)
    const listed = await run('activity', '--json')
    expect(listed.json.map((r: { operation: string }) => r.operation)).toEqual(['reconciled'])
  })

  test('a failed deployment whose record cannot be written reports the failure and warns about the record', async () => {
    const staged = await stageOnFullDisk('vm')
    expect(staged.error).toBe('the deploy command exited with 3:\ncannot reach host')
    expect(staged.warnings).toEqual([
      `this failure is not in the activity log: could not write the record to the activity log ${logPath}: no space left on device (ENOSPC)`
    ])
  })

  test.skipIf(!canMountTmpfs)(
    'on a real full disk (a 16 KiB tmpfs) the CLI exits 1 when the record is cut short',
    async () => {
      // The log is a link onto the small disk; a first record fills its page up to 96 bytes and
      // a filler takes the rest, so the kernel writes 96 bytes of the next record, then ENOSPC.
      const disk = join(dir, 'disk')
      await mkdir(disk)
      await mkdir(join(dir, '.mxdeploy'), { recursive: true })
      await symlink(join(disk, 'activity.jsonl'), logPath)
      const seed = join(dir, 'seed.jsonl')
      await appendFile(seed, paddedRecord(4000))
      const script =
        'cp "$1" "$0/activity.jsonl" && { cat /dev/zero > "$0/filler" 2>/dev/null; shift; exec "$@"; }'
      const cli = [process.execPath, '--import', 'tsx', CLI, 'stage', '-e', 'test']
      const staged = runInSmallTmpfs(
        disk,
        '16k',
        script,
        [seed, ...cli, '--config', join(dir, 'mxdeploy.yml')],
        { cwd: ROOT }
      )
      expect(staged.code, staged.stderr).toBe(1)
      expect(staged.stderr).toContain(
        `error: test now runs hello 1.2.0.1, but the deployment is not in the activity log: could not write the record to the activity log ${logPath}: no space left on device (ENOSPC)`
      )
    }
  )

  test('a line torn by a killed writer: the next record is kept and the torn line is reported', async () => {
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    await appendFile(logPath, '{"id":"torn","time":"2026-')
    const staged = await run('stage', '-e', 'acceptance')
    expect(staged.code, staged.stderr).toBe(0)
    const activity = await run('activity', '--json')
    expect(activity.json.map((r: any) => r.environment)).toEqual(['acceptance', 'test'])
    expect(activity.stderr).toContain(
      `warning: ${logPath}:2: skipped a line that is not a complete activity record (cut short or not JSON)`
    )
  })

  test('a null line neither crashes activity nor stage: it is skipped with a warning', async () => {
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    await appendFile(logPath, 'null\n')
    const activity = await run('activity')
    expect(activity.code, activity.stderr).toBe(0)
    expect(activity.stderr).toContain(
      `warning: ${logPath}:2: skipped a line that is not an activity record (null)`
    )
    const staged = await run('stage', '-e', 'acceptance')
    expect(staged.code, staged.stderr).toBe(0)
    expect((await readFile(logPath, 'utf8')).trim().split('\n')).toHaveLength(3)
  })
})

describe('operation records', () => {
  test('a restart whose record cannot be written fails and says it was done', async () => {
    const config = parseConfig(BASE, join(dir, 'mxdeploy.yml'))
    const operated: string[] = []
    const target: DeploymentTarget = {
      type: 'fake',
      knowsWhatRuns: true,
      current: () => Promise.resolve(undefined),
      deploy: () => Promise.reject(new Error('not used')),
      operate: (operation) => Promise.resolve(void operated.push(operation))
    }
    const done = operateEnvironment({
      config,
      environment: 'test',
      operation: 'restart',
      activity: new JsonlActivityLog(logPath, { files: fullDiskFiles() }),
      actor: 'ann',
      runUrl: null,
      stateDir: join(dir, '.mxdeploy'),
      log: recordingLogger(),
      targetFor: () => target
    })
    await expect(done).rejects.toThrow(
      `test was restarted, but the restart is not in the activity log: could not write the record to the activity log ${logPath}: no space left on device (ENOSPC)`
    )
    expect(operated).toEqual(['restart'])
  })
})
