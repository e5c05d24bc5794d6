import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildPackage } from '../../../src/build/build-package.js'
import { parseConfig } from '../../../src/config/load.js'
import type { EnvironmentConfig, KubernetesTargetConfig } from '../../../src/config/types.js'
import { retryPolicy, type RetryPolicy } from '../../../src/net/retry-policy.js'
import { openRepository } from '../../../src/repository/open-repository.js'
import type { PackageRecord } from '../../../src/repository/package-repository.js'
import { publishPackage } from '../../../src/repository/publish-package.js'
import type {
  DeploymentRequest,
  EnvironmentSettings
} from '../../../src/targets/deployment-target.js'
import {
  KubernetesTarget,
  type KubernetesTargetOptions
} from '../../../src/targets/kubernetes/kubernetes-target.js'
import { MemoryLogger } from '../mendix-cloud/workspace.js'
import type { RunningRegistry } from '../registry/registry.js'
import { KubernetesStandIn } from './api-server.js'
import type { OperatorOptions } from './operator.js'

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/hello/deployment')

/** Retries at once and often, so faults are ridden out in milliseconds. */
export const QUICK_RETRY: RetryPolicy = retryPolicy({
  baseDelayMs: 1,
  maxDelayMs: 5,
  maxAttempts: 4
})
export const FAST = { initialMs: 1, maxMs: 20 }

/** The settings preflight gives the example app for production in the e2e tests. */
export const SETTINGS: EnvironmentSettings = {
  constants: {
    'Administration.PasswordMinLength': '12',
    'Hello.ApiUrl': 'https://api.example.com',
    'Hello.FeatureNewInbox': 'False',
    'Hello.GreetingText': 'Hello from Mendix',
    'Hello.MaxRetries': '5'
  },
  scheduledEvents: { 'Hello.CleanupOldGreetings': false, 'Hello.SyncCustomers': true }
}

export interface TargetFixture {
  dir: string
  standIn: KubernetesStandIn
  kubeconfig: string
  env: NodeJS.ProcessEnv
  repository: string
  pkg: PackageRecord
  mdaPath: string
  log: MemoryLogger
  /** The production environment of an mxdeploy.yml with these target lines. */
  environment(targetYaml?: string): EnvironmentConfig & { target: KubernetesTargetConfig }
  target(targetYaml?: string, options?: Partial<KubernetesTargetOptions>): KubernetesTarget
  request(environment?: EnvironmentConfig, settings?: EnvironmentSettings): DeploymentRequest
  cleanup(): Promise<void>
}

/** One published package of the example app in `registry`, and a stand-in cluster for it. */
export async function targetFixture(
  registry: RunningRegistry,
  options: { operator?: OperatorOptions } = {}
): Promise<TargetFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-k8s-target-'))
  await cp(EXAMPLE, join(dir, 'deployment'), { recursive: true })
  const log = new MemoryLogger()
  const repository = `oci://${registry.host}/team/target-${Math.random().toString(36).slice(2, 8)}`
  const built = await buildPackage({
    deploymentDir: join(dir, 'deployment'),
    version: '1.0.0',
    buildNumber: '1',
    app: 'hello',
    out: join(dir, 'hello.mda'),
    cwd: dir,
    env: {},
    log
  })
  const repo = await openRepository(repository, { cwd: dir, env: {} })
  const pkg = (await publishPackage(repo, built.path, { app: 'hello', env: {}, log })).record
  const standIn = await KubernetesStandIn.start(
    options.operator ? { operator: options.operator } : {}
  )
  const kubeconfig = await standIn.writeKubeconfig(join(dir, 'kubeconfig'))
  const env = { KUBECONFIG: kubeconfig, HOME: join(dir, 'home') }
  const environment = (targetYaml = ''): EnvironmentConfig & { target: KubernetesTargetConfig } => {
    const defaults = ['namespace: mendix', 'name: hello-production', 'timeout-minutes: 0.2'].filter(
      (line) => !targetYaml.includes(line.split(':')[0]! + ':')
    )
    const lines = [...defaults, ...targetYaml.split('\n').filter(Boolean)]
    const text = `app: hello\nrepository: ${repository}\nenvironments:\n  production:\n    target:\n      type: kubernetes\n${lines.map((line) => `      ${line}\n`).join('')}`
    const env = parseConfig(text, join(dir, 'mxdeploy.yml')).environments[0]!
    return env as EnvironmentConfig & { target: KubernetesTargetConfig }
  }
  return {
    dir,
    standIn,
    kubeconfig,
    env,
    repository,
    pkg,
    mdaPath: built.path,
    log,
    environment,
    target(targetYaml, extra = {}) {
      const production = environment(targetYaml)
      return new KubernetesTarget({
        config: production.target,
        environment: production,
        app: 'hello',
        repository,
        env,
        backoff: FAST,
        retry: QUICK_RETRY,
        requestTimeoutMs: 2_000,
        ...extra
      })
    },
    request(production = environment(), settings = SETTINGS) {
      return { environment: production, package: pkg, mdaPath: built.path, settings, log }
    },
    async cleanup() {
      await standIn.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
