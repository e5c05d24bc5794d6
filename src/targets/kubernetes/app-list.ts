import type { Logger } from '../../log.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import { describeStatus, operatorProgress, packageOf, wantedReplicas } from './app-state.js'
import { Cluster } from './cluster.js'
import { ANNOTATION, LABEL, MENDIX_APP, type MendixAppResource } from './mendix-app.js'

/** One MendixApp of a namespace, as `mxdeploy environments --target kubernetes` shows it. */
export interface MendixAppSummary {
  name: string
  /** The package version mxdeploy recorded on it (null when it did not deploy it). */
  version: string | null
  sha256: string | null
  managedByMxdeploy: boolean
  /** The mxdeploy environment recorded on it. */
  environment: string | null
  state: 'running' | 'working' | 'failed'
  status: string
  replicas: number
  appURL: string | null
}

/** The MendixApps of one namespace, with version and status read from each resource. */
export async function listMendixApps(options: {
  env: NodeJS.ProcessEnv
  context: string | undefined
  namespace: string
  retry: RetryPolicy
  log: Logger
}): Promise<{ cluster: string; apps: MendixAppSummary[] }> {
  const cluster = new Cluster(options)
  const resources = await cluster.list<MendixAppResource>(MENDIX_APP.apiVersion, MENDIX_APP.kind)
  const apps = resources
    .map((resource): MendixAppSummary => {
      const { version, sha256 } = packageOf(resource)
      const appURL = resource.spec?.['appURL']
      return {
        name: resource.metadata.name,
        version: version ?? null,
        sha256: sha256 ?? null,
        managedByMxdeploy: resource.metadata.labels?.[LABEL.managedBy] === 'mxdeploy',
        environment: resource.metadata.annotations?.[ANNOTATION.environment] ?? null,
        state: operatorProgress(resource).state,
        status: describeStatus(resource),
        replicas: wantedReplicas(resource),
        appURL: typeof appURL === 'string' ? appURL : null
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
  return { cluster: cluster.description, apps }
}
