import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JsonlActivityLog } from '../../../src/activity/jsonl-activity-log.js'
import { buildPackage } from '../../../src/build/build-package.js'
import { parseConfig } from '../../../src/config/load.js'
import type { CloudFoundryTimeouts, MxdeployConfig } from '../../../src/config/types.js'
import type { Clock } from '../../../src/net/poll.js'
import type { RetryPolicy } from '../../../src/net/retry-policy.js'
import { FileRepository } from '../../../src/repository/file-repository.js'
import type { PackageRecord } from '../../../src/repository/package-repository.js'
import { publishPackage } from '../../../src/repository/publish-package.js'
import { stagePackage, type StageResult } from '../../../src/stage/stage-package.js'
import { CloudFoundryTarget } from '../../../src/targets/cloudfoundry/cloudfoundry-target.js'
import { EXAMPLE, FAST, MemoryLogger } from '../mendix-cloud/workspace.js'
import type { FakeCloudFoundry } from './fake-cloud-foundry.js'

export const USER = 'ci@example.com'
export const PASSWORD = 'Xk9#tech-user-password'
export const CREDENTIALS = { CF_USERNAME: USER, CF_PASSWORD: PASSWORD }
export const CLIENT = { CF_CLIENT_ID: 'mxdeploy-ci', CF_CLIENT_SECRET: 'client-secret-7f3a' }

/** An org `acme`, a space `acceptance` and an app `hello-acc` with a database bound, 1 GB. */
export function seed(fake: FakeCloudFoundry, options: { spaceMemoryMb?: number } = {}): void {
  fake.addUser(USER, PASSWORD)
  fake.addClient(CLIENT.CF_CLIENT_ID, CLIENT.CF_CLIENT_SECRET)
  const org = fake.addOrg('acme')
  const space = fake.addSpace(org, 'acceptance', options.spaceMemoryMb)
  fake.addApp(space, 'hello-acc')
}

/** The target of one environment in YAML, on the stand-in. */
export function cfTarget(url: string, extra = ''): string {
  return `{ type: cloudfoundry, api: ${url}, org: acme, space: acceptance, app: hello-acc, buildpack: mendix_buildpack${extra ? `, ${extra}` : ''} }`
}

export interface CfWorkspace {
  dir: string
  config: MxdeployConfig
  repository: FileRepository
  activity: JsonlActivityLog
  log: MemoryLogger
  publish(version: string, edit?: (metadata: Record<string, any>) => void): Promise<PackageRecord>
  stage(
    environment: string,
    options?: {
      package?: string
      rollback?: boolean
      redeploy?: boolean
      env?: NodeJS.ProcessEnv
      clock?: Clock
      retry?: RetryPolicy
      timeouts?: Partial<CloudFoundryTimeouts>
    }
  ): Promise<StageResult>
  target(environment: string, env?: NodeJS.ProcessEnv): CloudFoundryTarget
  /** Replaces the environments of mxdeploy.yml (a changed constant, another strategy). */
  reconfigure(environmentsYaml: string): Promise<void>
  cleanup(): Promise<void>
}

/** A folder with mxdeploy.yml (`app: hello` and these environments), a repository and a log. */
export async function cfWorkspace(environmentsYaml: string): Promise<CfWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-cf-'))
  const file = join(dir, 'mxdeploy.yml')
  const text = `app: hello\nenvironments:\n${environmentsYaml}`
  await writeFile(file, text)
  let config = parseConfig(text, file)
  const stateDir = join(dir, '.mxdeploy')
  const repository = new FileRepository(join(stateDir, 'packages'))
  const activity = new JsonlActivityLog(join(stateDir, 'activity.jsonl'))
  const log = new MemoryLogger()
  const make = (
    name: string,
    env: NodeJS.ProcessEnv,
    options: { clock?: Clock; retry?: RetryPolicy; timeouts?: Partial<CloudFoundryTimeouts> } = {}
  ): CloudFoundryTarget => {
    const environment = config.environments.find((e) => e.name === name)!
    if (environment.target.type !== 'cloudfoundry') throw new Error(`${name} is not cloudfoundry`)
    return new CloudFoundryTarget({
      config: {
        ...environment.target,
        timeouts: { ...environment.target.timeouts, ...(options.timeouts ?? {}) }
      },
      environment,
      env,
      backoff: FAST,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.retry ? { retry: options.retry } : {})
    })
  }
  return {
    dir,
    get config() {
      return config
    },
    repository,
    activity,
    log,
    async publish(version, edit) {
      const source = join(dir, `src-${version}`)
      await cp(EXAMPLE, source, { recursive: true })
      if (edit) {
        const path = join(source, 'model', 'metadata.json')
        const metadata = JSON.parse(await readFile(path, 'utf8')) as Record<string, any>
        edit(metadata)
        await writeFile(path, JSON.stringify(metadata, null, 2))
      }
      const built = await buildPackage({
        deploymentDir: source,
        version,
        buildNumber: '1',
        app: 'hello',
        out: join(dir, `hello_${version}.mda`),
        cwd: dir,
        env: {},
        log
      })
      return (await publishPackage(repository, built.path, { app: 'hello', env: {}, log })).record
    },
    stage(environment, options = {}) {
      return stagePackage({
        config,
        environment,
        ...(options.rollback ? { rollback: true } : { package: options.package ?? 'latest' }),
        redeploy: options.redeploy ?? false,
        repository,
        activity,
        actor: 'tester',
        runUrl: null,
        stateDir,
        log,
        targetFor: (env) => make(env.name, options.env ?? CREDENTIALS, options)
      })
    },
    target: (name, env = CREDENTIALS) => make(name, env),
    async reconfigure(environments) {
      const changed = `app: hello\nenvironments:\n${environments}`
      await writeFile(file, changed)
      config = parseConfig(changed, file)
    },
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}
