import type { EnvironmentConfig, KubernetesTargetConfig } from '../../config/types.js'
import { silentLogger, type Logger } from '../../log.js'
import { DEFAULT_BACKOFF, realClock, type Backoff, type Clock } from '../../net/poll.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  RunningState
} from '../deployment-target.js'
import { runningStateOf } from './app-state.js'
import type { Cluster } from './cluster.js'
import { MENDIX_APP, type MendixAppResource } from './mendix-app.js'
import { refuseUnreadableRepository } from './source-url.js'

export interface KubernetesTargetOptions {
  config: KubernetesTargetConfig
  environment: EnvironmentConfig
  /** mxdeploy.yml's app, recorded on the resource. */
  app: string
  /** The package repository's URI: the cluster must be able to download from it. */
  repository: string
  /** Where KUBECONFIG and HOME are read; default process.env. */
  env?: NodeJS.ProcessEnv
  backoff?: Backoff
  clock?: Clock
  retry?: RetryPolicy
  /** How long one API request may go unanswered (default 30 s). */
  requestTimeoutMs?: number
  /** See waitForOperator. */
  pickupMs?: number
  /** For the check that the package downloads without credentials. */
  fetch?: typeof fetch
}

/**
 * A MendixApp of the Mendix Operator, created or updated with server-side apply (field manager
 * mxdeploy); what runs is read back from its spec and status. @kubernetes/client-node loads only
 * when a Kubernetes environment is used.
 */
export class KubernetesTarget implements DeploymentTarget {
  readonly knowsWhatRuns = true
  readonly type = 'kubernetes'

  constructor(private readonly options: KubernetesTargetOptions) {}

  private get env(): NodeJS.ProcessEnv {
    return this.options.env ?? process.env
  }

  private async cluster(log: Logger): Promise<Cluster> {
    const { config } = this.options
    const { Cluster } = await import('./cluster.js')
    return new Cluster({
      env: this.env,
      context: config.context,
      namespace: config.namespace,
      retry: this.options.retry ?? retryPolicyFromEnv(this.env),
      log,
      ...(this.options.requestTimeoutMs !== undefined
        ? { requestTimeoutMs: this.options.requestTimeoutMs }
        : {})
    })
  }

  /**
   * What the MendixApp runs: the package mxdeploy recorded on it (while its sourceURL is still
   * the one recorded) with the constants and scheduled events of its spec, when the operator
   * reports it running; undefined when there is no MendixApp.
   */
  async current(): Promise<RunningState | undefined> {
    // Refused here too: a stage reads what runs first, so nothing is recorded or applied.
    refuseUnreadableRepository(this.options.repository, this.options.environment.name)
    const cluster = await this.cluster(silentLogger)
    const resource = await cluster.read<MendixAppResource>({
      ...MENDIX_APP,
      name: this.options.config.name
    })
    return resource ? runningStateOf(resource) : undefined
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    refuseUnreadableRepository(this.options.repository, this.options.environment.name)
    const { deployMendixApp } = await import('./deploy-flow.js')
    return deployMendixApp(
      {
        cluster: await this.cluster(request.log),
        config: this.options.config,
        environment: this.options.environment,
        app: this.options.app,
        repository: this.options.repository,
        env: this.env,
        backoff: this.options.backoff ?? DEFAULT_BACKOFF,
        clock: this.options.clock ?? realClock,
        ...(this.options.pickupMs !== undefined ? { pickupMs: this.options.pickupMs } : {}),
        ...(this.options.fetch ? { fetch: this.options.fetch } : {})
      },
      request
    )
  }
}
