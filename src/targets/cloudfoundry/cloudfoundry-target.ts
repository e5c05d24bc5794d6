import type { CloudFoundryTargetConfig, EnvironmentConfig } from '../../config/types.js'
import { silentLogger, type Logger, type SourceLocation } from '../../log.js'
import { DEFAULT_BACKOFF, realClock, type Backoff, type Clock } from '../../net/poll.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  RunningState
} from '../deployment-target.js'
import { dropletFacts } from './annotations.js'
import { CfHttp } from './cf-http.js'
import type { CfContext } from './context.js'
import { v3Url } from './context.js'
import { cfCredentials, principal } from './credentials.js'
import { deployToCloudFoundry } from './deploy-flow.js'
import { discover, type CfEndpoints } from './discovery.js'
import { webStats } from './instances.js'
import { findApp } from './locate.js'
import { Progress } from './progress.js'
import type { CfDroplet } from './resources.js'
import { TokenSource } from './uaa.js'

export interface CloudFoundryTargetOptions {
  config: CloudFoundryTargetConfig
  environment: EnvironmentConfig
  /** Where CF_USERNAME/CF_PASSWORD or CF_CLIENT_ID/CF_CLIENT_SECRET are read; default process.env. */
  env?: NodeJS.ProcessEnv
  backoff?: Backoff
  clock?: Clock
  /** How API calls are retried (default: the standard policy on `clock`, MXDEPLOY_RETRY_SECONDS applied). */
  retry?: RetryPolicy
}

/** A logger whose destination changes per call: current() is silent, deploy() reports. */
class LogRelay implements Logger {
  to: Logger = silentLogger
  info(message: string): void {
    this.to.info(message)
  }
  warning(message: string, where?: SourceLocation): void {
    this.to.warning(message, where)
  }
  error(message: string, where?: SourceLocation): void {
    this.to.error(message, where)
  }
  secret(value: string): void {
    this.to.secret(value)
  }
}

/**
 * Cloud Foundry (SAP BTP, IBM Cloud, any CF v3 platform) with the Mendix buildpack: the app must
 * exist; each stage sets its variables, uploads and stages the MDA (or reuses a droplet of the
 * same bytes), and rolls the droplet out. What runs is read from the app's current droplet,
 * whose annotations name the package.
 */
export class CloudFoundryTarget implements DeploymentTarget {
  readonly knowsWhatRuns = true
  readonly type = 'cloudfoundry'
  private readonly relay = new LogRelay()
  private session: { endpoints: CfEndpoints; tokens: TokenSource; http: CfHttp } | undefined

  constructor(private readonly options: CloudFoundryTargetOptions) {}

  private async connect(log: Logger): Promise<CfContext> {
    const { config } = this.options
    const env = this.options.env ?? process.env
    const clock = this.options.clock ?? realClock
    this.relay.to = log
    // Read every time: a missing variable is reported before anything, secrets masked in `log`.
    const credentials = cfCredentials(env, log)
    if (!this.session) {
      const retry = this.options.retry ?? retryPolicyFromEnv(env, { clock })
      const where = `environment ${this.options.environment.name}`
      const endpoints = await discover(config.api, where, retry, this.relay)
      const tokens = new TokenSource(endpoints.tokenUrl, credentials, retry, this.relay)
      const http = new CfHttp(
        tokens,
        retry,
        {
          where: `${principal(credentials)} in org ${config.org}, space ${config.space}`,
          org: config.org,
          space: config.space
        },
        this.relay
      )
      this.session = { endpoints, tokens, http }
    }
    return {
      http: this.session.http,
      v3: this.session.endpoints.v3,
      logCache: this.session.endpoints.logCache,
      config,
      environment: this.options.environment.name,
      backoff: this.options.backoff ?? DEFAULT_BACKOFF,
      clock,
      log,
      progress: new Progress(log, clock)
    }
  }

  /**
   * What the app runs: the package named by its current droplet's annotations, while the app
   * is started and an instance runs or starts (a stopped or crashed app is deployed again rather
   * than skipped). A droplet mxdeploy did not stage (cf push) names no package. Constants and
   * scheduled events are left to the activity log: the app's variables tell only those
   * mxdeploy.yml sets and values set by hand, not which constants run on their defaults.
   */
  async current(): Promise<RunningState | undefined> {
    const context = await this.connect(silentLogger)
    const app = await findApp(context)
    if (app.state !== 'STARTED') return undefined
    const { status, body } = await context.http.send({
      method: 'GET',
      url: v3Url(context, `/apps/${app.guid}/droplets/current`),
      what: `reading the current droplet of app ${app.name}`,
      accept: [404]
    })
    if (status === 404) return undefined
    const facts = dropletFacts((body as CfDroplet).metadata)
    if (!facts.sha256) return { version: undefined, sha256: undefined, constants: undefined }
    const stats = await webStats(context, app)
    if (!stats.some((s) => s.state === 'RUNNING' || s.state === 'STARTING')) return undefined
    return {
      version: facts.version,
      sha256: facts.sha256,
      constants: undefined,
      scheduledEvents: undefined
    }
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    return deployToCloudFoundry(await this.connect(request.log), request)
  }
}
