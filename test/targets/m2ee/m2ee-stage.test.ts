import { createHash } from 'node:crypto'
import { lstat, readdir, readFile, readlink, realpath, rename, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { useCliProcess } from '../../cli/support/cli-process.js'
import { writeConfig } from '../../support/example-app.js'
import { useM2eeWorkspace } from '../../support/m2ee/workspace.js'

const workspace = useM2eeWorkspace()
const cliProcess = useCliProcess()

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex')

describe('staging to an m2ee server', () => {
  test('stage: release unpacked and linked, settings in m2ee format beside the team file, restarted with both -c files', async () => {
    const ws = await workspace()
    const { server } = ws
    const teamBefore = await readFile(server.teamConfig, 'utf8')
    const pkg = await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)

    // As in a GitHub Actions job, whose end kills every process carrying this variable.
    process.env['RUNNER_TRACKING_ID'] = 'github_4c5b2a'
    const staged = await ws
      .run('stage', '-e', 'production', '--json')
      .finally(() => delete process.env['RUNNER_TRACKING_ID'])
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.json).toMatchObject({ operation: 'deploy', changed: true })

    // m2ee's layout: model/ and web/ lead into the release, the MDA is in m2ee's upload folder.
    const release = `.mxdeploy/releases/1.2.0.1-${pkg.sha256.slice(0, 12)}`
    expect(await readlink(join(server.appBase, 'model'))).toBe('.mxdeploy/current/model')
    expect(await readlink(join(server.appBase, 'web'))).toBe('.mxdeploy/current/web')
    expect(await realpath(join(server.appBase, 'model'))).toBe(
      await realpath(join(server.appBase, release, 'model'))
    )
    const upload = join(server.appBase, 'data', 'model-upload', 'hello_1.2.0.1.mda')
    expect(await sha256(upload)).toBe(pkg.sha256)

    // m2ee was run once, in app-base, with the team's file and then mxdeploy's.
    const fragment = join(server.appBase, '.mxdeploy', 'm2ee.yaml')
    const [call, ...more] = await server.calls()
    expect(more).toEqual([])
    expect(call!.argv).toEqual(['-c', server.teamConfig, '-c', fragment, '--yolo', 'restart'])
    expect(call!.cwd).toBe(server.appBase)
    expect(call!.env['MXDEPLOY_ENVIRONMENT']).toBe('production')
    // The runtime m2ee leaves running is not the job's to clean up.
    expect(call!.env['RUNNER_TRACKING_ID']).toBe('')
    expect(call!.files[server.teamConfig]).toBe(teamBefore)
    expect(call!.files[fragment]).toContain('ScheduledEventExecution: SPECIFIED')

    // What the runtime was sent after m2ee merged the files: mxdeploy.yml's values win, the team
    // list of events is replaced, what mxdeploy.yml does not set stays the team's (the greeting, the
    // database password) or the model's default (the retries).
    const runtime = await server.runtimeConfig()
    expect(runtime).toMatchObject({
      ScheduledEventExecution: 'SPECIFIED',
      MyScheduledEvents: 'Hello.SyncCustomers',
      DatabasePassword: 'hello-db-password',
      MicroflowConstants: {
        'Hello.ApiUrl': 'https://api.example.com',
        'Hello.GreetingText': "Welcome to the team's server",
        'Hello.MaxRetries': '3'
      }
    })
    expect(call!.files[fragment]).not.toContain('Hello.GreetingText')
    expect(runtime!['MicroflowConstants']).not.toHaveProperty('Legacy.RemovedSetting')

    // The team's file is never written; what it sets that mxdeploy overrides is pointed out.
    expect(await readFile(server.teamConfig, 'utf8')).toBe(teamBefore)
    expect(staged.stderr).toContain(
      `warning: ${server.teamConfig} sets constants Hello.ApiUrl, which mxdeploy.yml sets too: m2ee runs with mxdeploy.yml's values`
    )
    expect(staged.stderr).toContain('the Mendix runtime reports status running')
    // m2ee's Python 3 tracebacks come out as the lines m2ee meant to print.
    expect(staged.stderr).toContain('  INFO: The MxRuntime is fully started now.')
    expect(staged.stderr).not.toContain('Logging error')
    // Install-guide folders model/ and web/ were empty and are now links; no admin password shows.
    expect(staged.stderr).not.toContain('Tr0ub4dor&3-hello-admin')
    const [record] = await ws.activity()
    expect(record).toMatchObject({
      operation: 'deploy',
      result: 'success',
      details: {
        release: join(server.appBase, release),
        upload,
        settingsFile: fragment,
        // The target's facts sit beside the settings the stage recorded, not over them.
        settings: { constants: { 'Hello.ApiUrl': 'https://api.example.com' } }
      }
    })
  })

  test('nothing to do, then a settings-only deploy that restarts with the new values', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    expect((await ws.run('stage', '-e', 'production')).code).toBe(0)

    const again = await ws.run('stage', '-e', 'production', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.changed).toBe(false)
    expect(again.stderr).toContain('already runs hello 1.2.0.1 with these settings; nothing to do')
    expect(await ws.server.calls()).toHaveLength(1)

    await ws.configure({ apiUrl: 'https://changed.example.com', events: 'all' })
    const changed = await ws.run('stage', '-e', 'production', '--json')
    expect(changed.code, changed.stderr).toBe(0)
    expect(changed.json.changed).toBe(true)
    expect(changed.stderr).toContain('with other settings: applying them (a settings-only deploy)')
    expect(await ws.server.runtimeConfig()).toMatchObject({
      ScheduledEventExecution: 'ALL',
      MicroflowConstants: { 'Hello.ApiUrl': 'https://changed.example.com' }
    })
    expect(await ws.server.calls()).toHaveLength(2)
    const [latest] = await ws.activity()
    expect(latest).toMatchObject({ operation: 'deploy', details: { settingsOnly: true } })
  })

  test("without scheduled-events in mxdeploy.yml the team's file decides them, and that is no change", async () => {
    const ws = await workspace()
    await ws.configure({ events: '' })
    // An empty value is null in YAML: write the file without the key instead.
    const text = await readFile(join(ws.dir, 'mxdeploy.yml'), 'utf8')
    await writeConfig(ws.dir, text.replace(/ +scheduled-events: *\n/, ''))
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    const staged = await ws.run('stage', '-e', 'production')
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.stderr).not.toContain('ScheduledEventExecution')
    expect(await ws.server.runtimeConfig()).toMatchObject({
      ScheduledEventExecution: 'NONE',
      MyScheduledEvents: 'Hello.CleanupOldGreetings'
    })
    const again = await ws.run('stage', '-e', 'production', '--json')
    expect(again.json.changed).toBe(false)
  })

  test('rollback restarts the previous package', async () => {
    const ws = await workspace()
    const first = await ws.publish('1')
    await ws.publish('2')
    for (const version of ['1.2.0.1', '1.2.0.2']) {
      expect((await ws.run('stage', '-e', 'test', '-p', version)).code).toBe(0)
      expect((await ws.run('stage', '-e', 'production', '-p', version)).code).toBe(0)
    }
    const back = await ws.run('stage', '-e', 'production', '--rollback', '--json')
    expect(back.code, back.stderr).toBe(0)
    expect(back.json).toMatchObject({ operation: 'rollback', package: { version: '1.2.0.1' } })
    expect(await realpath(join(ws.server.appBase, 'model'))).toContain(
      `1.2.0.1-${first.sha256.slice(0, 12)}`
    )
    expect(await ws.server.calls()).toHaveLength(3)
    const modelVersion = JSON.parse(
      await readFile(join(ws.server.appBase, 'model', 'metadata.json'), 'utf8')
    ).ModelVersion
    expect(modelVersion).toBe('1.2.0.1')
  })

  test('releases beyond keep go, with their MDAs in the upload folder', async () => {
    const ws = await workspace()
    await ws.configure({ target: '      keep: 1' })
    const second = await ws.publish('1').then(() => ws.publish('2'))
    for (const version of ['1.2.0.1', '1.2.0.2']) {
      expect((await ws.run('stage', '-e', 'test', '-p', version)).code).toBe(0)
      expect((await ws.run('stage', '-e', 'production', '-p', version)).code).toBe(0)
    }
    expect(await readdir(join(ws.server.appBase, '.mxdeploy', 'releases'))).toEqual([
      `1.2.0.2-${second.sha256.slice(0, 12)}`
    ])
    expect(await readdir(join(ws.server.appBase, 'data', 'model-upload'))).toEqual([
      'hello_1.2.0.2.mda'
    ])
  })

  test('a release switched by hand is recorded as reconciled', async () => {
    const ws = await workspace()
    const first = await ws.publish('1')
    await ws.publish('2')
    for (const version of ['1.2.0.1', '1.2.0.2']) {
      expect((await ws.run('stage', '-e', 'test', '-p', version)).code).toBe(0)
      expect((await ws.run('stage', '-e', 'production', '-p', version)).code).toBe(0)
    }
    // The operator points current back at the first release and restarts m2ee by hand.
    const store = join(ws.server.appBase, '.mxdeploy')
    await symlink(`releases/1.2.0.1-${first.sha256.slice(0, 12)}`, join(store, 'by-hand'))
    await rename(join(store, 'by-hand'), join(store, 'current'))

    const staged = await ws.run('stage', '-e', 'production', '-p', '1.2.0.1', '--json')
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.stderr).toContain('production runs hello 1.2.0.1 (sha256 ')
    expect(staged.stderr).toContain('recording it as reconciled')
    expect(staged.json.changed).toBe(false)
    const production = await ws.activity('production')
    expect(production.map((r) => `${r.operation} ${r.package.version}`)).toEqual([
      'reconciled 1.2.0.1',
      'deploy 1.2.0.2',
      'deploy 1.2.0.1'
    ])
  })

  test('a stage killed during the restart is finished by the next one, not taken for done', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    await ws.server.control({ killMxdeploy: true })
    const killed = await cliProcess(
      ['stage', '-e', 'production', '--config', join(ws.dir, 'mxdeploy.yml')],
      { PATH: process.env['PATH'] }
    )
    expect(killed.code).toBe(null)
    expect(await ws.activity('production')).toEqual([])
    expect((await lstat(join(ws.server.appBase, 'model'))).isSymbolicLink()).toBe(true)

    await ws.server.control({})
    const again = await ws.run('stage', '-e', 'production', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toContain('production has hello 1.2.0.1 in place, but mxdeploy switched')
    expect(again.stderr).not.toContain('reconciled')
    expect(again.json).toMatchObject({ operation: 'deploy', changed: true })
    expect(await ws.server.calls()).toHaveLength(2)
    const again2 = await ws.run('stage', '-e', 'production', '--json')
    expect(again2.json.changed).toBe(false)
  })
})

describe('what m2ee and the runtime say', () => {
  test('a runtime that refuses to start fails the stage with exit 1 and what m2ee said; the next stage tries again', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    await ws.server.control({
      start: {
        result: 12,
        message: 'Startup action failed',
        cause: 'Hello.ASu_Startup: could not reach https://api.example.com'
      }
    })
    const failed = await ws.run('stage', '-e', 'production')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('holds hello 1.2.0.1 now, but it did not start')
    expect(failed.stderr).toContain(
      'the restart command exited 0, but the Mendix runtime does not run'
    )
    expect(failed.stderr).toContain('the application process is not running')
    expect(failed.stderr).toContain(
      'ERROR: Executing start did not succeed: result: 12, message: Startup action failed, caused by: Hello.ASu_Startup: could not reach https://api.example.com'
    )
    const [record] = await ws.activity('production')
    expect(record).toMatchObject({ operation: 'deploy', result: 'failure' })
    expect(record!.error).toContain('result: 12')

    await ws.server.control({})
    const retried = await ws.run('stage', '-e', 'production', '--json')
    expect(retried.code, retried.stderr).toBe(0)
    expect(retried.json.changed).toBe(true)
    expect(retried.stderr).toContain('but mxdeploy switched')
  })

  test('m2ee --yolo recovering from a missing database is a success, ERROR lines and all', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    await ws.server.control({ start: 'no-database-first' })
    const staged = await ws.run('stage', '-e', 'production')
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.stderr).toContain('ERROR: Executing start did not succeed: result: 2')
    expect(staged.stderr).toContain('the Mendix runtime reports status running')
  })

  test('the password m2ee --yolo gives an admin user never reaches the output or the log', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    await ws.server.control({ start: 'admin-1-first' })
    const staged = await ws.run('stage', '-e', 'production')
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.stderr).toContain('INFO: Changing password for user MxAdmin to ***')
    expect(staged.stderr).not.toContain('Xq7!pR2')
  })

  test('a runtime still starting is waited for', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    await ws.server.control({ startingPolls: 2 })
    const staged = await ws.run('stage', '-e', 'production')
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.stderr).toContain('the Mendix runtime is still starting; waiting for it')
    expect(staged.stderr).toContain('the Mendix runtime reports status running')
  })

  test('a restart command that exits non-zero fails the stage with its exit code and output', async () => {
    const ws = await workspace()
    await ws.publish('1')
    expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
    await ws.server.control({ exit: 3 })
    const failed = await ws.run('stage', '-e', 'production')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('the restart command exited with 3 and printed nothing')
  })
})
