import type { EnvironmentConfig, MendixCloudTargetConfig } from '../../config/types.js'
import { silentLogger, type Logger } from '../../log.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  EnvironmentOperation,
  RunningState
} from '../deployment-target.js'
import { minutes, type ApiContext } from './api-context.js'
import { apiKeyAuth } from './credentials.js'
import { deployToMendixCloud, describeRunning } from './deploy-flow.js'
import { deployedPackage, resolveEnvironment } from './environments.js'
import { MendixHttp } from './http-client.js'
import { Journal } from './journal.js'
import { startEnvironment, stopEnvironment } from './operations.js'
import { DEFAULT_BACKOFF, realClock, type Backoff, type Clock } from './poll.js'
import { sha256OfPackageName } from './upload.js'

export interface MendixCloudTargetOptions {
  config: MendixCloudTargetConfig
  environment: EnvironmentConfig
  /** Where MENDIX_USERNAME and MENDIX_API_KEY are read; default process.env. */
  env?: NodeJS.ProcessEnv
  backoff?: Backoff
  clock?: Clock
  /** How API calls are retried (default: the standard policy on `clock`, MXDEPLOY_RETRY_SECONDS applied). */
  retry?: RetryPolicy
}

/**
 * Mendix Cloud through its public APIs: Deploy API v2 upload, Backups API v2 snapshot, Deploy
 * API v1 transport, settings, stop and start. Credentials come from the environment variables
 * when a call is made, so a missing one is reported before anything changes.
 */
export class MendixCloudTarget implements DeploymentTarget {
  readonly knowsWhatRuns = true
  readonly type = 'mendix-cloud'

  constructor(private readonly options: MendixCloudTargetOptions) {}

  private context(log: Logger): ApiContext {
    const { config } = this.options
    const env = this.options.env ?? process.env
    const clock = this.options.clock ?? realClock
    const retry = this.options.retry ?? retryPolicyFromEnv(env, { clock })
    return {
      http: new MendixHttp(apiKeyAuth(env, log), { retry, log }),
      deployApiUrl: config.deployApiUrl,
      appId: config.appId,
      backoff: this.options.backoff ?? DEFAULT_BACKOFF,
      clock,
      log
    }
  }

  /**
   * What a running environment runs: its model version, and the package's SHA-256 when mxdeploy
   * uploaded it (its name carries it). Constants are left out: the Portal may hold secrets in
   * them, and their values would reach the log in the preflight's list of changes.
   */
  async current(): Promise<RunningState> {
    const context = this.context(silentLogger)
    const environment = await resolveEnvironment(context, this.options.config.environment)
    // Only a running environment runs its package: a stopped one (a start that failed, a
    // transport not yet started) is deployed again rather than skipped as "already runs".
    if (environment.Status !== 'Running') {
      return { version: undefined, sha256: undefined, constants: undefined }
    }
    const deployed = await deployedPackage(context, environment.Mode)
    return {
      version: environment.ModelVersion ?? deployed?.Version ?? undefined,
      sha256: deployed ? sha256OfPackageName(deployed.Name) : undefined,
      constants: undefined
    }
  }

  deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    return deployToMendixCloud(this.context(request.log), this.options.config, request)
  }

  /** Start, stop or restart (stop, then start with AutoSyncDb) the environment, waiting for each. */
  async operate(operation: EnvironmentOperation, log: Logger): Promise<void> {
    const context = this.context(log)
    const { timeouts } = this.options.config
    const environment = await resolveEnvironment(context, this.options.config.environment)
    const mode = environment.Mode
    const journal = new Journal(mode, describeRunning(environment), 'the app')
    try {
      if (operation !== 'start') {
        if (environment.Status === 'Running') {
          log.info(`stopping ${mode}`)
          await stopEnvironment(context, mode, minutes(timeouts.stop))
          journal.markStopped()
          journal.record(`stopped ${mode}`)
        } else {
          log.info(`${mode} is not running (${environment.Status})`)
        }
      }
      if (operation !== 'stop') {
        log.info(`starting ${mode} (AutoSyncDb: true)`)
        journal.markStartRequested()
        const started = await startEnvironment(context, mode, minutes(timeouts.start))
        log.info(started.jobId ? `${mode} is running` : `${mode} was already running`)
      }
    } catch (error) {
      throw journal.failure(error)
    }
  }
}
