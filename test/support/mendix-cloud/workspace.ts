import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { JsonlActivityLog } from '../../../src/activity/jsonl-activity-log.js'
import { buildPackage } from '../../../src/build/build-package.js'
import { parseConfig } from '../../../src/config/load.js'
import type {
  EnvironmentConfig,
  MendixCloudTimeouts,
  MxdeployConfig
} from '../../../src/config/types.js'
import type { Logger } from '../../../src/log.js'
import type { RetryPolicy } from '../../../src/net/retry-policy.js'
import { publishPackage } from '../../../src/repository/publish-package.js'
import { FileRepository } from '../../../src/repository/file-repository.js'
import type { PackageRecord } from '../../../src/repository/package-repository.js'
import { stagePackage, type StageResult } from '../../../src/stage/stage-package.js'
import { MendixCloudTarget } from '../../../src/targets/mendix-cloud/mendix-cloud-target.js'
import type { Clock } from '../../../src/targets/mendix-cloud/poll.js'

export const EXAMPLE = resolve(import.meta.dirname, '../../../examples/hello/deployment')
export const USER = 'ci@example.com'
export const API_KEY = '26587896-1cef-4483-accf-ad304e2673d6'
export const CREDENTIALS = { MENDIX_USERNAME: USER, MENDIX_API_KEY: API_KEY }
/** Fast polling for tests: 1 ms doubling to 20 ms. */
export const FAST = { initialMs: 1, maxMs: 20 }

/** A logger that keeps every line and masks secrets the way the CLI does. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  readonly secrets = new Set<string>()
  private mask(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }
  info(message: string): void {
    this.lines.push(this.mask(message))
  }
  warning(message: string): void {
    this.lines.push(`warning: ${this.mask(message)}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${this.mask(message)}`)
  }
  secret(value: string): void {
    this.secrets.add(value)
  }
  get text(): string {
    return this.lines.join('\n')
  }
}

export interface Workspace {
  dir: string
  config: MxdeployConfig
  repository: FileRepository
  activity: JsonlActivityLog
  stateDir: string
  log: MemoryLogger
  /** Builds and publishes a package of the example app; `edit` changes its metadata.json. */
  publish(
    version: string,
    edit?: (metadata: Record<string, unknown>) => void
  ): Promise<PackageRecord>
  /** Stages through the real engine, the Mendix Cloud target polling fast. */
  stage(
    environment: string,
    options?: {
      package?: string
      env?: NodeJS.ProcessEnv
      clock?: Clock
      /** How the target's API calls are retried (default: the standard policy on `clock`). */
      retry?: RetryPolicy
      redeploy?: boolean
      /** Minutes, replacing those of mxdeploy.yml for this stage. */
      timeouts?: Partial<MendixCloudTimeouts>
    }
  ): Promise<StageResult>
  target(environment: string, env?: NodeJS.ProcessEnv): MendixCloudTarget
  cleanup(): Promise<void>
}

/** A folder with mxdeploy.yml (the given environments), a file repository and an activity log. */
export async function workspace(environmentsYaml: string): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-mendix-cloud-'))
  const file = join(dir, 'mxdeploy.yml')
  const text = `app: hello\nenvironments:\n${environmentsYaml}`
  await writeFile(file, text)
  const config = parseConfig(text, file)
  const stateDir = join(dir, '.mxdeploy')
  const repository = new FileRepository(join(stateDir, 'packages'))
  const activity = new JsonlActivityLog(join(stateDir, 'activity.jsonl'))
  const log = new MemoryLogger()
  const environmentOf = (name: string): EnvironmentConfig =>
    config.environments.find((env) => env.name === name)!
  const target = (name: string, env: NodeJS.ProcessEnv = CREDENTIALS): MendixCloudTarget => {
    const environment = environmentOf(name)
    if (environment.target.type !== 'mendix-cloud') throw new Error(`${name} is not mendix-cloud`)
    return new MendixCloudTarget({ config: environment.target, environment, env, backoff: FAST })
  }
  return {
    dir,
    config,
    repository,
    activity,
    stateDir,
    log,
    async publish(version, edit) {
      const source = join(dir, `src-${version}`)
      await cp(EXAMPLE, source, { recursive: true })
      if (edit) {
        const path = join(source, 'model', 'metadata.json')
        const metadata = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
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
        package: options.package ?? 'latest',
        redeploy: options.redeploy ?? false,
        repository,
        activity,
        actor: 'tester',
        runUrl: null,
        stateDir,
        log,
        targetFor: (env) => {
          if (env.target.type !== 'mendix-cloud') throw new Error('not mendix-cloud')
          return new MendixCloudTarget({
            config: {
              ...env.target,
              timeouts: { ...env.target.timeouts, ...(options.timeouts ?? {}) }
            },
            environment: env,
            env: options.env ?? CREDENTIALS,
            backoff: FAST,
            ...(options.clock ? { clock: options.clock } : {}),
            ...(options.retry ? { retry: options.retry } : {})
          })
        }
      })
    },
    target,
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}

/** YAML of one environment on the fake: `name:` with a mendix-cloud target and extra lines. */
export function cloudEnvironment(
  name: string,
  url: string,
  options: { mode?: string; extra?: string; target?: string; timeouts?: string } = {}
): string {
  const target = [
    'type: mendix-cloud',
    'app-id: hello',
    `environment: ${options.mode ?? name}`,
    `deploy-api-url: ${url}`,
    `portal-api-url: ${url}`,
    `timeouts: ${options.timeouts ?? '{ upload: 0.05, backup: 0.05, transport: 0.05, stop: 0.05, start: 0.05 }'}`,
    ...(options.target ? [options.target] : [])
  ].join(', ')
  return `  ${name}:\n    target: { ${target} }\n${options.extra ? `${options.extra.replace(/^/gm, '    ')}\n` : ''}`
}
