import { existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { KubeConfig } from '@kubernetes/client-node'
import { ConfigurationError, errorMessage } from '../../errors.js'

/** Where a pod finds its service account (Kubernetes "Accessing the API from a Pod"). */
const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount'

export const KUBECONFIG_HELP =
  'set KUBECONFIG to a kubeconfig file, or write ~/.kube/config (in GitHub Actions: a kubeconfig from a secret, or a cloud login step that writes one; see docs/kubernetes.md)'

/** The cluster a target talks to, and how it is described in messages. */
export interface ResolvedKubeConfig {
  config: KubeConfig
  /** `context prod (https://api.example.com:6443)`: no credentials. */
  description: string
}

function loadFile(file: string): KubeConfig {
  const config = new KubeConfig()
  try {
    config.loadFromFile(file)
  } catch (error) {
    throw new ConfigurationError(
      `kubeconfig ${file} cannot be read: ${errorMessage(error).split('\n')[0]}`
    )
  }
  return config
}

/**
 * KUBECONFIG's files merged as kubectl merges them: files that do not exist are skipped, and the
 * first file to name a cluster, user, context or the current context wins.
 */
function fromKubeconfigVariable(value: string): KubeConfig {
  const files = value.split(delimiter).filter(Boolean)
  const present = files.filter((file) => existsSync(file))
  if (present.length === 0) {
    throw new ConfigurationError(
      `KUBECONFIG names ${files.join(delimiter) || '""'}, which does not exist: ${KUBECONFIG_HELP}`
    )
  }
  const [first, ...rest] = present.map(loadFile) as [KubeConfig, ...KubeConfig[]]
  for (const other of rest) {
    const has = <T extends { name: string }>(list: T[], item: T): boolean =>
      list.some((entry) => entry.name === item.name)
    for (const cluster of other.getClusters())
      if (!has(first.getClusters(), cluster)) first.addCluster(cluster)
    for (const user of other.getUsers()) if (!has(first.getUsers(), user)) first.addUser(user)
    for (const context of other.getContexts())
      if (!has(first.getContexts(), context)) first.addContext(context)
    if (!first.getCurrentContext() && other.getCurrentContext()) {
      first.setCurrentContext(other.getCurrentContext())
    }
  }
  return first
}

/** The pod's own service account, as client-node's loadFromCluster reads it, from `env`. */
function inCluster(env: NodeJS.ProcessEnv): KubeConfig | undefined {
  const host = env['KUBERNETES_SERVICE_HOST']
  const port = env['KUBERNETES_SERVICE_PORT']
  if (!host || !port || !existsSync(join(SERVICE_ACCOUNT, 'token'))) return undefined
  const config = new KubeConfig()
  const namespaceFile = join(SERVICE_ACCOUNT, 'namespace')
  config.loadFromOptions({
    clusters: [
      {
        name: 'in-cluster',
        server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
        caFile: join(SERVICE_ACCOUNT, 'ca.crt'),
        skipTLSVerify: false
      }
    ],
    users: [
      {
        name: 'in-cluster',
        authProvider: { name: 'tokenFile', config: { tokenFile: join(SERVICE_ACCOUNT, 'token') } }
      }
    ],
    contexts: [
      {
        name: 'in-cluster',
        cluster: 'in-cluster',
        user: 'in-cluster',
        ...(existsSync(namespaceFile)
          ? { namespace: readFileSync(namespaceFile, 'utf8').trim() }
          : {})
      }
    ],
    currentContext: 'in-cluster'
  })
  return config
}

/**
 * The kubeconfig as kubectl finds it, from `env` rather than this process's variables:
 * KUBECONFIG, else ~/.kube/config, else the pod's service account. client-node's loadFromDefault
 * falls back to http://localhost:8080 when there is none; this says what to set instead.
 */
export function resolveKubeConfig(
  env: NodeJS.ProcessEnv,
  context: string | undefined
): ResolvedKubeConfig {
  const home = env['HOME'] ? join(env['HOME'], '.kube', 'config') : undefined
  const config = env['KUBECONFIG']
    ? fromKubeconfigVariable(env['KUBECONFIG'])
    : home && existsSync(home)
      ? loadFile(home)
      : inCluster(env)
  if (!config) throw new ConfigurationError(`no kubeconfig was found: ${KUBECONFIG_HELP}`)
  const names = config.getContexts().map((c) => c.name)
  if (context !== undefined) {
    if (!names.includes(context)) {
      throw new ConfigurationError(
        `the kubeconfig has no context "${context}" (it has: ${names.join(', ') || 'none'}): correct target.context, or use a kubeconfig that has it`
      )
    }
    config.setCurrentContext(context)
  } else if (!config.getCurrentContext() || !names.includes(config.getCurrentContext())) {
    throw new ConfigurationError(
      `the kubeconfig has no current context${config.getCurrentContext() ? ` ("${config.getCurrentContext()}" is not one of its contexts)` : ''}: set target.context to one of ${names.join(', ') || '(none: the kubeconfig has no contexts)'}`
    )
  }
  const name = config.getCurrentContext()
  const cluster = config.getCurrentCluster()
  if (!cluster) {
    throw new ConfigurationError(
      `context "${name}" of the kubeconfig names a cluster the kubeconfig does not have`
    )
  }
  if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
    throw new ConfigurationError(
      `context "${name}" reaches its cluster over plain HTTP (${cluster.server}), which would carry its credentials unencrypted: use the cluster's https:// address`
    )
  }
  return { config, description: `context ${name} (${cluster.server})` }
}
