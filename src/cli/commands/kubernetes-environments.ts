import { resolve } from 'node:path'
import { CONFIG_FILE, loadConfig } from '../../config/load.js'
import { findEnvironment } from '../../config/find-environment.js'
import type { EnvironmentConfig, KubernetesTargetConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import { stringValue, type CommandContext, type CommandOutput } from '../command.js'
import { table } from '../format.js'

type KubernetesEnvironment = EnvironmentConfig & { target: KubernetesTargetConfig }

/**
 * `environments --target kubernetes`: the MendixApps of every namespace the kubernetes
 * environments of mxdeploy.yml deploy to, with the package version and the operator's status.
 */
export async function listKubernetesEnvironments(context: CommandContext): Promise<CommandOutput> {
  const config = await loadConfig(
    resolve(context.io.cwd, stringValue(context, 'config') ?? CONFIG_FILE)
  )
  const name = stringValue(context, 'environment')
  const chosen = (name ? [findEnvironment(config, name)] : config.environments).filter(
    (env): env is KubernetesEnvironment => env.target.type === 'kubernetes'
  )
  if (chosen.length === 0) {
    throw new ConfigurationError(
      `no ${name ? `environment ${name}` : 'environment'} of ${config.file} deploys to Kubernetes (target: { type: kubernetes, namespace: …, name: … })`
    )
  }
  const groups = new Map<string, KubernetesEnvironment[]>()
  for (const env of chosen) {
    const key = `${env.target.context ?? ''}\n${env.target.namespace}`
    groups.set(key, [...(groups.get(key) ?? []), env])
  }
  const { listMendixApps } = await import('../../targets/kubernetes/app-list.js')
  const namespaces = []
  for (const envs of groups.values()) {
    const { context: kubeContext, namespace } = envs[0]!.target
    const listed = await listMendixApps({
      env: context.io.env,
      context: kubeContext,
      namespace,
      retry: retryPolicyFromEnv(context.io.env),
      log: context.log
    })
    namespaces.push({
      cluster: listed.cluster,
      namespace,
      apps: listed.apps.map((app) => ({
        ...app,
        mxdeploy: envs.find((env) => env.target.name === app.name)?.name ?? null
      }))
    })
  }
  const text = namespaces
    .map((ns) =>
      [
        `namespace ${ns.namespace} on ${ns.cluster}`,
        ns.apps.length === 0
          ? '  no MendixApps'
          : table(
              ['mendixapp', 'mxdeploy', 'version', 'state', 'replicas', 'status'],
              ns.apps.map((app) => [
                app.name,
                app.mxdeploy ?? '',
                app.version ?? (app.sha256 ? `sha256 ${app.sha256.slice(0, 12)}` : ''),
                app.state,
                String(app.replicas),
                app.status
              ])
            )
      ].join('\n')
    )
    .join('\n\n')
  return { json: { namespaces }, text }
}
