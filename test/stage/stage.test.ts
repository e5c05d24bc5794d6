import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, readlink, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, editMetadata, writeConfig } from '../support/example-app.js'

const BASE = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  acceptance:
    after: test
    constants: { Hello.ApiUrl: https://acc.example.com/api }
`

let dir: string
const env = { GITHUB_RUN_NUMBER: '7' }

async function run(...args: string[]) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir, env })
}

async function buildAndPublish(buildNumber: string) {
  const out = join(dir, `hello_${buildNumber}.mda`)
  const built = await mxdeploy(
    [
      'build',
      '--deployment-dir',
      'deployment',
      '--version',
      '1.2.0',
      '--build-number',
      buildNumber,
      '--out',
      out,
      '--app',
      'hello'
    ],
    { cwd: dir, env }
  )
  expect(built.code, built.stderr).toBe(0)
  const published = await run('publish', out, '--json')
  expect(published.code, published.stderr).toBe(0)
  return published.json.package as { version: string; sha256: string }
}

function current(environment: string): Promise<string> {
  return readlink(join(dir, '.mxdeploy', 'envs', environment, 'current'))
}

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(dir, BASE)
})

describe('stage', () => {
  test('deploys a published package and records it; the settings switch with the release', async () => {
    const pkg = await buildAndPublish('1')
    const staged = await run('stage', '--environment', 'test', '--package', '1.2.0.1', '--json')
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.json).toMatchObject({
      environment: 'test',
      operation: 'deploy',
      changed: true,
      package: { version: '1.2.0.1', sha256: pkg.sha256 }
    })
    expect(await current('test')).toBe(`releases/1.2.0.1-${pkg.sha256.slice(0, 12)}`)
    const envDir = join(dir, '.mxdeploy', 'envs', 'test')
    expect(existsSync(join(envDir, 'current', 'model', 'metadata.json'))).toBe(true)
    expect(existsSync(join(envDir, 'current', 'data'))).toBe(false)
    const settings = JSON.parse(await readFile(join(envDir, 'settings.json'), 'utf8'))
    // The runtime's own names, as m2ee-tools' mxruntime section and the runtime read them.
    expect(settings.MicroflowConstants['Hello.ApiUrl']).toBe('http://localhost:8090/api')
    expect(settings.ScheduledEventExecution).toBe('NONE')
    expect(settings).not.toHaveProperty('MyScheduledEvents')

    const activity = await run('activity', '--json')
    expect(activity.json).toHaveLength(1)
    expect(activity.json[0]).toMatchObject({
      app: 'hello',
      environment: 'test',
      operation: 'deploy',
      result: 'success',
      package: { version: '1.2.0.1' },
      error: null
    })
  })

  test('promotion order: acceptance takes only what test ran, and the refusal says what to run', async () => {
    await buildAndPublish('1')
    const refused = await run('stage', '-e', 'acceptance', '-p', '1.2.0.1')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'acceptance comes after test, and test has not run hello 1.2.0.1'
    )
    expect(refused.stderr).toContain('mxdeploy stage --environment test --package 1.2.0.1')
    expect(existsSync(join(dir, '.mxdeploy', 'envs', 'acceptance'))).toBe(false)
    expect((await run('activity', '--json')).json).toEqual([])

    expect((await run('stage', '-e', 'test', '-p', '1.2.0.1')).code).toBe(0)
    const promoted = await run('stage', '-e', 'acceptance', '-p', '1.2.0.1', '--json')
    expect(promoted.code, promoted.stderr).toBe(0)
    const settings = JSON.parse(
      await readFile(join(dir, '.mxdeploy', 'envs', 'acceptance', 'settings.json'), 'utf8')
    )
    expect(settings.MicroflowConstants['Hello.ApiUrl']).toBe('https://acc.example.com/api')
  })

  test('re-staging what runs changes nothing; --redeploy switches again; latest is the newest', async () => {
    await buildAndPublish('1')
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    const again = await run('stage', '-e', 'test', '--json')
    expect(again.json.changed).toBe(false)
    expect((await run('activity', '--json')).json).toHaveLength(1)
    const redeployed = await run('stage', '-e', 'test', '--redeploy', '--json')
    expect(redeployed.json.changed).toBe(true)
    expect((await run('activity', '--json')).json).toHaveLength(2)
  })

  test('--rollback deploys the previous successful package and records a rollback', async () => {
    const first = await buildAndPublish('1')
    await editMetadata(dir, (doc) =>
      doc.Constants.push({
        Name: 'Hello.Banner',
        Type: 'String',
        Description: '',
        DefaultValue: 'hi'
      })
    )
    const second = await buildAndPublish('2')
    expect((await run('stage', '-e', 'test', '-p', '1.2.0.1')).code).toBe(0)
    const upgraded = await run('stage', '-e', 'test', '-p', '1.2.0.2')
    expect(upgraded.code).toBe(0)
    expect(upgraded.stderr).toContain(
      'constant Hello.Banner is new in this package; test uses its default value (set environments.test.constants.Hello.Banner to choose one)'
    )
    const rolledBack = await run('stage', '-e', 'test', '--rollback', '--json')
    expect(rolledBack.code, rolledBack.stderr).toBe(0)
    expect(rolledBack.json).toMatchObject({
      operation: 'rollback',
      package: { version: '1.2.0.1', sha256: first.sha256 }
    })
    expect(await current('test')).toContain(first.sha256.slice(0, 12))
    const records = (await run('activity', '--json')).json
    expect(records.map((r: any) => `${r.operation} ${r.package.version}`)).toEqual([
      'rollback 1.2.0.1',
      'deploy 1.2.0.2',
      'deploy 1.2.0.1'
    ])
    expect(second.sha256).not.toBe(first.sha256)
  })

  test('new constants are refused with new-constants: require', async () => {
    await writeConfig(dir, `${BASE}    new-constants: require\n`)
    await buildAndPublish('1')
    await editMetadata(dir, (doc) =>
      doc.Constants.push({
        Name: 'Hello.Banner',
        Type: 'String',
        Description: '',
        DefaultValue: 'hi'
      })
    )
    await buildAndPublish('2')
    expect((await run('stage', '-e', 'test', '-p', '1.2.0.1')).code).toBe(0)
    expect((await run('stage', '-e', 'acceptance', '-p', '1.2.0.1')).code).toBe(0)
    expect((await run('stage', '-e', 'test', '-p', '1.2.0.2')).code).toBe(0)
    const refused = await run('stage', '-e', 'acceptance', '-p', '1.2.0.2')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'constant Hello.Banner is new in this package and acceptance requires a value for new constants (new-constants: require)'
    )
    expect(await current('acceptance')).toContain('1.2.0.1')
  })

  test('a constant or scheduled event the package lacks is a typo, refused before anything changes', async () => {
    await writeConfig(
      dir,
      `${BASE}  typo:\n    constants: { Hello.ApiURL: x }\n    scheduled-events: { Hello.SyncCustomer: true }\n`
    )
    await buildAndPublish('1')
    const refused = await run('stage', '-e', 'typo')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'constant Hello.ApiURL is set for typo, but the package has no such constant (did you mean Hello.ApiUrl?)'
    )
    expect(refused.stderr).toContain(
      'scheduled event Hello.SyncCustomer is set for typo, but the package has no such event (did you mean Hello.SyncCustomers?)'
    )
    expect(existsSync(join(dir, '.mxdeploy', 'envs', 'typo'))).toBe(false)
  })

  test('a value that does not fit its constant type is refused', async () => {
    await writeConfig(dir, `${BASE}  typed:\n    constants: { Hello.MaxRetries: many }\n`)
    await buildAndPublish('1')
    const refused = await run('stage', '-e', 'typed')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'constant Hello.MaxRetries is "many" for typed; an Integer constant must be a whole number'
    )
  })

  test('unknown environment, unknown version and a tampered package are input errors that change nothing', async () => {
    const pkg = await buildAndPublish('1')
    const unknownEnv = await run('stage', '-e', 'staging')
    expect(unknownEnv.code).toBe(2)
    expect(unknownEnv.stderr).toContain('unknown environment "staging"')
    expect(unknownEnv.stderr).toContain('the environments are: test, acceptance')
    const unknownVersion = await run('stage', '-e', 'test', '-p', '9.9.9.9')
    expect(unknownVersion.code).toBe(2)
    expect(unknownVersion.stderr).toContain('hello 9.9.9.9 is not in the package repository')
    expect(unknownVersion.stderr).toContain('recent versions: 1.2.0.1')

    const stored = join(dir, '.mxdeploy', 'packages', 'hello', '1.2.0.1', 'hello_1.2.0.1.mda')
    await chmod(stored, 0o644)
    const bytes = await readFile(stored)
    bytes[100] = bytes[100]! ^ 0xff
    await writeFile(stored, bytes)
    const tampered = await run('stage', '-e', 'test')
    expect(tampered.code).toBe(2)
    expect(tampered.stderr).toContain(
      `was published with ${pkg.sha256}: the stored package was changed; it will not be deployed`
    )
    expect(existsSync(join(dir, '.mxdeploy', 'envs', 'test'))).toBe(false)
    expect((await run('activity', '--json')).json).toEqual([])
  })

  test('the command target gets the MDA and the settings in the buildpack conventions', async () => {
    const script = join(dir, 'deploy.sh')
    await writeFile(
      script,
      '#!/bin/sh\nprintf "%s\\n" "$MDA_PATH" "$MX_Hello_ApiUrl" "$SCHEDULED_EVENTS" "$CONSTANTS" > "$OUT"\n'
    )
    await chmod(script, 0o755)
    await writeConfig(
      dir,
      `app: hello\nenvironments:\n  vm:\n    target: { type: command, run: OUT=${join(dir, 'out.txt')} ./deploy.sh }\n    constants: { Hello.ApiUrl: https://vm.example.com }\n    scheduled-events: { Hello.SyncCustomers: true }\n`
    )
    await buildAndPublish('1')
    const staged = await run('stage', '-e', 'vm')
    expect(staged.code, staged.stderr).toBe(0)
    const [mda, apiUrl, events, constants] = (await readFile(join(dir, 'out.txt'), 'utf8')).split(
      '\n'
    )
    expect(mda).toMatch(/hello_1\.2\.0\.1\.mda$/)
    expect(apiUrl).toBe('https://vm.example.com')
    expect(events).toBe('Hello.SyncCustomers')
    expect(JSON.parse(constants!)['Hello.MaxRetries']).toBe('3')
  })

  test('a failing deploy command fails the stage with its output and is recorded as a failure', async () => {
    await writeConfig(
      dir,
      `app: hello\nenvironments:\n  vm:\n    target: { type: command, run: "echo cannot reach host >&2; exit 3" }\n`
    )
    await buildAndPublish('1')
    const failed = await run('stage', '-e', 'vm')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('the deploy command exited with 3:\ncannot reach host')
    const [record] = (await run('activity', '--json')).json
    expect(record).toMatchObject({
      environment: 'vm',
      result: 'failure',
      error: 'the deploy command exited with 3:\ncannot reach host'
    })
  })

  test('the activity log prints as a table, JSON and CSV, filtered by environment', async () => {
    await buildAndPublish('1')
    await run('stage', '-e', 'test')
    await run('stage', '-e', 'acceptance')
    const csv = await run('activity', '--format', 'csv')
    const lines = csv.stdout.trim().split('\n')
    expect(lines[0]).toBe(
      'time,environment,operation,version,sha256,actor,approvers,mfa,result,durationMs,error'
    )
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain(',acceptance,deploy,1.2.0.1,')
    const table = await run('activity', '-e', 'test')
    expect(table.stdout.split('\n')[1]).toContain('test')
    expect(table.stdout).not.toContain('acceptance')
    expect((await run('activity', '--format', 'xml')).code).toBe(2)
    expect((await run('activity', '-e', 'nope')).code).toBe(2)
  })

  test('the pipeline stages through every environment and stops before a protected one', async () => {
    await writeConfig(
      dir,
      `${BASE}  production:\n    after: acceptance\n    protection: { reviewers: required }\n`
    )
    const result = await run('pipeline', '--json')
    expect(result.code, result.stderr).toBe(0)
    expect(result.json.stages.map((s: any) => `${s.environment}:${s.status}`)).toEqual([
      'test:deployed',
      'acceptance:deployed',
      'production:stopped'
    ])
    expect(result.stderr).toContain('stopping before production: it is protected')
    expect(await readdir(join(dir, '.mxdeploy', 'envs'))).toEqual(['acceptance', 'test'])
    // It ends with the dashboard: production waits for approval of what acceptance runs.
    expect(result.json.dashboard).toBe(join(dir, '.mxdeploy', 'dashboard', 'index.html'))
    const page = await readFile(result.json.dashboard, 'utf8')
    expect(page).toMatch(/data-from="acceptance"\s+data-to="production"/)
    expect(page).toContain('needs approval')
    const rerun = await run('pipeline', '--json')
    expect(rerun.json.package.created).toBe(false)
    expect(rerun.json.stages.map((s: any) => s.status)).toEqual([
      'unchanged',
      'unchanged',
      'stopped'
    ])
  })
})

describe('the pipeline and its dashboard', () => {
  test('the text ends with where the dashboard is', async () => {
    const result = await run('pipeline')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      `dashboard: ${join(dir, '.mxdeploy', 'dashboard', 'index.html')}`
    )
  })

  test('a dashboard that cannot be written is a warning: the deployments stand', async () => {
    await mkdir(join(dir, '.mxdeploy'), { recursive: true })
    await writeFile(join(dir, '.mxdeploy', 'dashboard'), 'in the way')
    const result = await run('pipeline', '--json')
    expect(result.code, result.stderr).toBe(0)
    expect(result.json.dashboard).toBeNull()
    expect(result.stderr).toContain('warning: the dashboard could not be written: --out')
  })
})

describe('pipeline that fails after it changed something', () => {
  test('exits 1 and says what it did, not 2 ("nothing was changed")', async () => {
    await writeConfig(
      dir,
      BASE.replace('Hello.ApiUrl: https://acc.example.com/api', 'Hello.Typo: x')
    )
    const result = await run('pipeline', '--json')
    expect(result.code, result.stderr).toBe(1)
    expect(result.json.error.kind).toBe('operation')
    expect(result.json.error.message).toContain(
      'constant Hello.Typo is set for acceptance, but the package has no such constant'
    )
    expect(result.json.error.message).toContain(
      'the pipeline stopped at acceptance; before that it published 1.2.0.7, deployed to test'
    )
    expect(await readdir(join(dir, '.mxdeploy', 'envs'))).toEqual(['test'])
  })

  test('a refusal before anything changed stays exit 2', async () => {
    await writeConfig(
      dir,
      `app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\nenvironments:\n  test: { constants: { Hello.Typo: x } }\n`
    )
    await buildAndPublish('7')
    const result = await run('pipeline', '--json')
    expect(result.code).toBe(2)
    expect(result.json.error.message).not.toContain('the pipeline stopped')
  })
})

describe('local target restart and retention', () => {
  test('the restart command runs in the environment folder after the switch; its failure fails the stage', async () => {
    await writeConfig(
      dir,
      `app: hello\nenvironments:\n  test:\n    target: { type: local, keep: 2, restart: 'test -f current/model/metadata.json && echo "$MXDEPLOY_ENVIRONMENT" > restarted' }\n  broken:\n    target: { type: local, restart: 'echo cannot restart >&2; exit 4' }\n`
    )
    await buildAndPublish('1')
    const staged = await run('stage', '-e', 'test')
    expect(staged.code, staged.stderr).toBe(0)
    expect(
      (await readFile(join(dir, '.mxdeploy', 'envs', 'test', 'restarted'), 'utf8')).trim()
    ).toBe('test')
    const failed = await run('stage', '-e', 'broken')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(
      'switched broken to 1.2.0.1, but the restart command exited with 4: cannot restart'
    )
    const [record] = (await run('activity', '-e', 'broken', '--json')).json
    expect(record.result).toBe('failure')
  })

  test('old releases beyond keep are removed, the current one always stays', async () => {
    await writeConfig(
      dir,
      `app: hello\nenvironments:\n  test:\n    target: { type: local, keep: 2 }\n`
    )
    for (const n of ['1', '2', '3']) {
      await editMetadata(dir, (doc) => (doc.AdminUser = `admin${n}`))
      await buildAndPublish(n)
      expect((await run('stage', '-e', 'test', '-p', `1.2.0.${n}`)).code).toBe(0)
    }
    const releases = (await readdir(join(dir, '.mxdeploy', 'envs', 'test', 'releases'))).map(
      (r) => r.split('-')[0]
    )
    expect(releases.sort()).toEqual(['1.2.0.2', '1.2.0.3'])
  })
})

describe('packages prune', () => {
  test('never removes a package an environment runs; keeps the N most recent others; --dry-run changes nothing', async () => {
    for (const n of ['1', '2', '3', '4', '5']) {
      await editMetadata(dir, (doc) => (doc.AdminUser = `admin${n}`))
      await buildAndPublish(n)
    }
    expect((await run('stage', '-e', 'test', '-p', '1.2.0.1')).code).toBe(0)
    const dry = await run('packages', 'prune', '--keep', '2', '--dry-run', '--json')
    expect(dry.json).toEqual({
      dryRun: true,
      kept: [
        { version: '1.2.0.5', why: 'one of the 2 most recent' },
        { version: '1.2.0.4', why: 'one of the 2 most recent' },
        { version: '1.2.0.1', why: 'runs in test' }
      ],
      removed: ['1.2.0.3', '1.2.0.2'],
      leftovers: []
    })
    expect((await run('packages', '--json')).json.packages).toHaveLength(5)
    const pruned = await run('packages', 'prune', '--keep', '2', '--json')
    expect(pruned.json.removed).toEqual(['1.2.0.3', '1.2.0.2'])
    expect((await run('packages', '--json')).json.packages.map((p: any) => p.version)).toEqual([
      '1.2.0.5',
      '1.2.0.4',
      '1.2.0.1'
    ])
    expect((await run('packages', 'prune', '--keep', 'x')).code).toBe(2)
    expect((await run('packages', 'shred')).code).toBe(2)
  })
})
