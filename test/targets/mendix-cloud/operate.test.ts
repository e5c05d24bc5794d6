import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { captureCli } from '../../support/cli.js'
import { ConfigurationError } from '../../../src/errors.js'
import { operateEnvironment } from '../../../src/stage/operate-environment.js'
import type { EnvironmentOperation } from '../../../src/targets/deployment-target.js'
import { openTarget } from '../../../src/targets/open-target.js'
import { FakeMendixCloud } from '../../support/mendix-cloud/fake-mendix-cloud.js'
import {
  API_KEY,
  cloudEnvironment,
  CREDENTIALS,
  USER,
  workspace,
  type Workspace
} from '../../support/mendix-cloud/workspace.js'

let fake: FakeMendixCloud
let ws: Workspace

beforeEach(async () => {
  fake = await FakeMendixCloud.start()
  fake.addUser(USER, API_KEY)
  fake.addApp('hello', [{ Mode: 'Acceptance' }, { Mode: 'Test' }])
  ws = await workspace(
    cloudEnvironment('acceptance', fake.url, { mode: 'Acceptance' }) +
      cloudEnvironment('test', fake.url, { mode: 'Test' }) +
      '  local:\n    target: { type: local, path: envs/local }\n'
  )
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

function operate(environment: string, operation: EnvironmentOperation) {
  return operateEnvironment({
    config: ws.config,
    environment,
    operation,
    activity: ws.activity,
    actor: 'tester',
    runUrl: null,
    stateDir: ws.stateDir,
    log: ws.log,
    targetFor: (env) =>
      env.target.type === 'mendix-cloud' ? ws.target(env.name) : openTarget(env, ws.config)
  })
}

async function cli(args: string[], env: NodeJS.ProcessEnv = CREDENTIALS) {
  return captureCli(args, ws.dir, env)
}

describe('start, stop and restart as operations of their own', () => {
  it('restart stops and starts the environment and is recorded with the package it runs', async () => {
    const pkg = await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.requests.length = 0
    const result = await operate('acceptance', 'restart')
    expect(fake.requests.map((r) => r.route).filter((r) => r === 'stop' || r === 'start')).toEqual([
      'stop',
      'start'
    ])
    expect(fake.calls('start')[0]!.json).toEqual({ AutoSyncDb: true })
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Running')
    expect(result.record).toMatchObject({
      operation: 'restart',
      result: 'success',
      environment: 'acceptance',
      package: { version: pkg.version, sha256: pkg.sha256 },
      actor: 'tester'
    })
    const records = await ws.activity.list({ environment: 'acceptance' })
    expect(records.map((r) => r.operation)).toEqual(['restart', 'deploy'])
  })

  it('stop, then start, each waiting for Mendix Cloud', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.state.behaviour.stopPolls = 3
    await operate('acceptance', 'stop')
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Stopped')
    // The environment said Running three more times after the stop; the operation waited.
    expect(fake.calls('environment').filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(
      4
    )
    fake.state.behaviour.startPolls = 4
    fake.requests.length = 0
    await operate('acceptance', 'start')
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Running')
    expect(fake.calls('start-status')).toHaveLength(5)
    const records = await ws.activity.list({ environment: 'acceptance' })
    expect(records.map((r) => `${r.operation} ${r.result}`)).toEqual([
      'start success',
      'stop success',
      'deploy success'
    ])
  })

  it('starting a running environment is done at once (ALREADY_STARTED)', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.requests.length = 0
    const result = await operate('acceptance', 'start')
    expect(result.record.result).toBe('success')
    expect(fake.calls('start').map((r) => r.status)).toEqual([200])
    expect(fake.calls('start-status')).toHaveLength(0)
    expect(ws.log.lines).toContain('Acceptance was already running')
  })

  it('starting an environment with nothing deployed fails with NO_MDA_HAS_BEEN_DEPLOYED and is recorded', async () => {
    const error = await operate('test', 'start').catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(
      'starting Test failed with NO_MDA_HAS_BEEN_DEPLOYED: Cannot start app. There is no MDA deployed. (nothing has been deployed to this environment yet: stage a package to it first (mxdeploy stage)); Test is unchanged: it has nothing deployed (Empty)'
    )
    const [record] = await ws.activity.list({ environment: 'test' })
    expect(record).toMatchObject({ operation: 'start', result: 'failure', package: null })
  })

  it('a target that cannot start or stop says so', async () => {
    await expect(operate('local', 'stop')).rejects.toThrow(
      new ConfigurationError(
        'environment local deploys to a local target, which cannot stop an environment; stop it where it runs'
      )
    )
    expect(await ws.activity.list({ environment: 'local' })).toEqual([])
  })

  it('mxdeploy restart --environment NAME --json prints the record', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    const { code, stdout, stderr } = await cli(['restart', '--environment', 'acceptance', '--json'])
    expect(stderr).toContain('stopping Acceptance')
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as { operation: string; record: { operation: string } }
    expect(json.operation).toBe('restart')
    expect(json.record.operation).toBe('restart')
    expect(stderr).not.toContain(API_KEY)
  })

  it('mxdeploy stop without --environment, or without credentials, exits 2', async () => {
    expect((await cli(['stop'])).code).toBe(2)
    const missing = await cli(['stop', '--environment', 'acceptance'], {})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('MENDIX_USERNAME and MENDIX_API_KEY are not set')
    expect(fake.requests).toHaveLength(0)
  })
})
