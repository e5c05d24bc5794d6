import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { mxdeploy, type CliRun } from '../cli.js'
import { KubernetesStandIn } from './api-server.js'
import { kubectl, type KubectlRun } from './kubectl.js'
import type { OperatorOptions } from './operator.js'

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/hello/deployment')

export interface KubernetesWorkspace {
  dir: string
  /** mxdeploy.yml's repository URI. */
  repository: string
  standIn: KubernetesStandIn
  kubeconfig: string
  /** The variables every CLI run gets: KUBECONFIG, HOME, PATH. */
  env: NodeJS.ProcessEnv
  /** `mxdeploy ARGS --json` in the workspace. */
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun>
  /** Builds and publishes the example app as `version` (X.Y.Z, build number 1). */
  publish(version: string): Promise<{ version: string; sha256: string }>
  /** Rewrites mxdeploy.yml's production environment. */
  production(yaml: string): Promise<void>
  kubectl(args: string[], input?: string): Promise<KubectlRun>
  /** The activity log's records. */
  records(): Promise<Record<string, any>[]>
  cleanup(): Promise<void>
}

export const PRODUCTION = `  production:
    after: test
    target:
      type: kubernetes
      namespace: mendix
      name: hello-production
      context: stand-in
      replicas: 2
      database-plan: postgres
      storage-plan: s3
      app-url: hello.example.com
      timeout-minutes: 1
    constants: { Hello.ApiUrl: https://api.example.com, Hello.MaxRetries: 5 }
    scheduled-events: { Hello.SyncCustomers: true, Hello.CleanupOldGreetings: false }
`

/**
 * A folder with the example app and an mxdeploy.yml whose test environment is local and whose
 * production environment is a MendixApp on a fresh stand-in API server, packages in `repository`.
 */
export async function kubernetesWorkspace(options: {
  repository: string
  production?: string
  operator?: OperatorOptions
  /** More variables for every run (registry credentials). */
  env?: NodeJS.ProcessEnv
}): Promise<KubernetesWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-k8s-'))
  await cp(EXAMPLE, join(dir, 'deployment'), { recursive: true })
  const standIn = await KubernetesStandIn.start(
    options.operator ? { operator: options.operator } : {}
  )
  const kubeconfig = await standIn.writeKubeconfig(join(dir, 'kubeconfig'))
  const home = join(dir, 'home')
  const env = { KUBECONFIG: kubeconfig, HOME: home, PATH: process.env['PATH'], ...options.env }
  const writeConfig = (production: string): Promise<void> =>
    writeFile(
      join(dir, 'mxdeploy.yml'),
      `app: hello\nbuild: { deployment-dir: deployment, version: 1.0.0 }\nrepository: ${options.repository}\nenvironments:\n  test:\n    target: { type: local, path: envs/test }\n    constants: { Hello.ApiUrl: https://test.example.com/api }\n${production}`
    )
  await writeConfig(options.production ?? PRODUCTION)
  const run = (args: string[], extra: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
    mxdeploy([...args, '--json'], { cwd: dir, env: { ...env, ...extra } })
  return {
    dir,
    repository: options.repository,
    standIn,
    kubeconfig,
    env,
    run,
    async publish(version) {
      const out = `hello_${version}.mda`
      const built = await run(['build', '--version', version, '--build-number', '1', '--out', out])
      if (built.code !== 0) throw new Error(`build failed: ${built.stderr}`)
      const published = await run(['publish', out])
      if (published.code !== 0) throw new Error(`publish failed: ${published.stderr}`)
      const record = published.json.package as { version: string; sha256: string }
      return { version: record.version, sha256: record.sha256 }
    },
    production: writeConfig,
    kubectl: (args, input) => kubectl(kubeconfig, args, input),
    async records() {
      const text = await readFile(join(dir, '.mxdeploy', 'activity.jsonl'), 'utf8').catch(() => '')
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, any>)
    },
    async cleanup() {
      await standIn.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
