import type { EnvironmentConfig, KubernetesTargetConfig } from '../../config/types.js'
import { OperationError } from '../../errors.js'
import { PollTimeoutError, type Backoff, type Clock } from '../../net/poll.js'
import type { DeploymentRequest, DeploymentResult } from '../deployment-target.js'
import { describeStatus, operatorProgress, packageOf } from './app-state.js'
import type { Cluster } from './cluster.js'
import { describeEvent, EventWatch, type KubernetesEvent } from './events.js'
import {
  desiredMendixApp,
  FIELD_MANAGER,
  MENDIX_APP,
  type MendixAppResource
} from './mendix-app.js'
import { checkSecretStore } from './secret-store.js'
import { checkAnonymousRead, sourceUrlFor } from './source-url.js'
import { OperatorFailedError, waitForOperator } from './wait.js'

export interface DeployContext {
  cluster: Cluster
  config: KubernetesTargetConfig
  environment: EnvironmentConfig
  app: string
  /** The package repository's URI (mxdeploy.yml `repository:`). */
  repository: string
  env: NodeJS.ProcessEnv
  backoff: Backoff
  clock: Clock
  pickupMs?: number
  fetch?: typeof fetch
}

/** The MendixApp's events, as the events API selects them (involvedObject field selectors). */
export function eventsOf(cluster: Cluster, name: string): () => Promise<KubernetesEvent[]> {
  return () =>
    cluster.list<KubernetesEvent>(
      'v1',
      'Event',
      `involvedObject.kind=${MENDIX_APP.kind},involvedObject.name=${name}`
    )
}

/** What ran before the apply, for the failure message: the package the resource then named. */
function previously(before: MendixAppResource | undefined, app: string): string {
  if (!before) return 'nothing'
  const { version, sha256 } = packageOf(before)
  const named = version
    ? `${app} ${version}`
    : sha256
      ? `the package with sha256 ${sha256.slice(0, 12)}`
      : `the package at ${String(before.spec?.['sourceURL'])}`
  return operatorProgress(before).state === 'running'
    ? named
    : `${named} (which the operator did not report running either: ${describeStatus(before)})`
}

/** The failure message: what the status and the events say, and what still runs. */
function failure(
  error: unknown,
  context: DeployContext,
  request: DeploymentRequest,
  before: MendixAppResource | undefined,
  events: readonly KubernetesEvent[]
): Error {
  if (!(error instanceof OperatorFailedError) && !(error instanceof PollTimeoutError))
    return error as Error
  const { config } = context
  const pkg = request.package
  const said =
    error instanceof OperatorFailedError
      ? `it reports ${describeStatus(error.resource)}`
      : `it still reported ${error.lastStatus} when the time allowed ran out (target.timeout-minutes: ${config.timeoutMinutes})`
  const shown = events.slice(-10).map((event) => `  - ${describeEvent(event)}`)
  const last = error instanceof OperatorFailedError ? error.resource : undefined
  const buildFailed = /fail|error/i.test(String(last?.status?.buildStatus ?? ''))
  const prior = previously(before, context.app)
  const runs = !before
    ? 'Nothing ran in this MendixApp before.'
    : buildFailed
      ? `${prior} still runs: the operator restarts the app only after a successful build. It does not retry a failed build by itself: read the build pod's log (kubectl -n ${config.namespace} get pods), fix the cause, delete the failed build pod, and stage again.`
      : `Before this deploy it ran ${prior}; the operator stops the app before it starts a changed package, so that may no longer run${last ? ` (appState ${String(last.status?.appState ?? 'not reported')})` : ''}.`
  return new OperationError(
    `the Mendix Operator did not run ${pkg.app} ${pkg.version} in MendixApp ${config.namespace}/${config.name}: ${said}.\n${shown.length > 0 ? `Events:\n${shown.join('\n')}` : 'The MendixApp has no events since the apply.'}\n${runs} (kubectl -n ${config.namespace} describe mendixapp ${config.name} shows more.)`
  )
}

function appUrl(config: KubernetesTargetConfig): string | undefined {
  if (!config.appUrl) return undefined
  return `${config.tls?.enable === false ? 'http' : 'https'}://${config.appUrl}`
}

/**
 * Stages a package to a MendixApp: checks that the cluster can download it and that the secret
 * store names every secret constant (refusals before anything is applied), applies the resource
 * with server-side apply as `mxdeploy`, and waits until the operator runs it.
 */
export async function deployMendixApp(
  context: DeployContext,
  request: DeploymentRequest
): Promise<DeploymentResult> {
  const { cluster, config, environment } = context
  const { package: pkg, log } = request
  const sourceURL = sourceUrlFor(context.repository, pkg, context.env, environment.name)
  await checkAnonymousRead(sourceURL, environment.name, log, {
    ...(context.fetch ? { fetch: context.fetch } : {})
  })
  await checkSecretStore(cluster, config, environment.name)
  const desired = desiredMendixApp({
    config,
    app: context.app,
    environment,
    package: pkg,
    settings: request.settings,
    sourceURL
  })
  const what = `MendixApp ${config.namespace}/${config.name}`
  const read = (): Promise<MendixAppResource | undefined> =>
    cluster.read<MendixAppResource>({ ...MENDIX_APP, name: config.name })
  const before = await read()
  const events = new EventWatch(eventsOf(cluster, config.name), log)
  await events.mark()
  log.info(
    `applying ${what} on ${cluster.description}: server-side apply as field manager ${FIELD_MANAGER}${config.forceConflicts ? ', taking over fields other managers hold' : ''}; sourceURL ${sourceURL}`
  )
  const applied = await cluster.apply(desired, FIELD_MANAGER, config.forceConflicts)
  const changed = before === undefined || applied.metadata.generation !== before.metadata.generation
  log.info(
    changed
      ? `${what} is at generation ${applied.metadata.generation ?? '?'}; the operator takes it from here`
      : `${what} already had this spec; the operator has nothing new to do`
  )
  try {
    const running = await waitForOperator({
      what,
      read,
      events,
      changed,
      timeoutMs: config.timeoutMinutes * 60_000,
      backoff: context.backoff,
      clock: context.clock,
      log,
      ...(context.pickupMs !== undefined ? { pickupMs: context.pickupMs } : {})
    })
    log.info(`the Mendix Operator runs ${pkg.app} ${pkg.version}: ${describeStatus(running)}`)
    const url = appUrl(config)
    return {
      ...(url ? { url } : {}),
      details: {
        mendixApp: `${config.namespace}/${config.name}`,
        cluster: cluster.description,
        generation: running.metadata.generation ?? null,
        sourceURL
      }
    }
  } catch (error) {
    throw failure(error, context, request, before, events.all)
  }
}
