import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ActivityLog, ActivityRecord, Operation } from '../activity/activity-log.js'
import { deploymentHistory } from '../activity/environment-history.js'
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js'
import { findEnvironment } from '../config/find-environment.js'
import { environmentLock } from './environment-lock.js'
import { ConfigurationError } from '../errors.js'
import { withLock } from '../fs/file-lock.js'
import type { Logger } from '../log.js'
import { readPackageFacts } from '../mda/inspect.js'
import type { PackageRecord, PackageRepository } from '../repository/package-repository.js'
import type { DeploymentTarget, RunningState } from '../targets/deployment-target.js'
import { openTarget } from '../targets/open-target.js'
import type { StagePolicy } from './policy.js'
import { preflight, type ConstantChange, type PreflightResult } from './preflight.js'
import { runRecorded } from './recorded-operation.js'
import { promotionOrder } from './promotion-order-policy.js'
import { downloadForStage, makeStageFolder } from './stage-download.js'
import { observeEnvironment, settingsDiffer, type Observed } from './running-state.js'

export interface StageRequest {
  config: MxdeployConfig
  environment: string
  /** A version, or `latest` (default). Ignored with `rollback`. */
  package?: string
  /** Switch even when the environment already runs this package. */
  redeploy?: boolean
  /** Deploy the environment's previous successful package. */
  rollback?: boolean
  repository: PackageRepository
  activity: ActivityLog
  /** Checks after the promotion order, e.g. access control. */
  policies?: StagePolicy[]
  actor: string
  runUrl: string | null
  stateDir: string
  log: Logger
  /** Environment variables targets read credentials from; default process.env. */
  env?: NodeJS.ProcessEnv
  /** Target of an environment; default from its configuration. */
  targetFor?: (environment: EnvironmentConfig) => DeploymentTarget
  /** Stories the package brings to the environment (traceability). */
  storiesFor?: (pkg: PackageRecord, environment: EnvironmentConfig) => Promise<string[]>
}

export interface StageResult {
  environment: string
  operation: Operation
  package: PackageRecord
  /** False when the environment already ran the package and nothing was switched. */
  changed: boolean
  record: ActivityRecord | null
  url: string | undefined
  warnings: string[]
  changes: ConstantChange[]
  /** What the target reported of what runs now (an image reference), deployed or found. */
  details: Record<string, unknown> | undefined
}

async function resolvePackage(
  request: StageRequest,
  environment: EnvironmentConfig,
  running: RunningState | undefined
): Promise<PackageRecord> {
  const { config, repository } = request
  if (request.rollback) {
    const history = await deploymentHistory(request.activity, config.app, environment.name)
    const current = running?.sha256 ?? history[0]?.package?.sha256
    const previous = history.find((record) => record.package!.sha256 !== current)
    if (!previous) {
      throw new ConfigurationError(
        `${environment.name} has no previous successful package to roll back to`
      )
    }
    const found = await repository.get(config.app, previous.package!.version)
    if (!found) {
      throw new ConfigurationError(
        `${environment.name} last ran ${config.app} ${previous.package!.version} before this one, but it is no longer in ${repository.uri}`
      )
    }
    return found
  }
  const version = request.package ?? 'latest'
  const found = await repository.get(config.app, version)
  if (!found) {
    const versions = (await repository.list(config.app)).slice(0, 5).map((p) => p.version)
    const hint = versions.length
      ? `; recent versions: ${versions.join(', ')}`
      : '; publish one first (mxdeploy publish)'
    throw new ConfigurationError(
      `${config.app} ${version} is not in the package repository ${repository.uri}${hint}`
    )
  }
  return found
}

/**
 * Stages one published package to one environment: resolve and download it (SHA-256 checked),
 * check the promotion order and every policy, preflight the settings against the package,
 * deploy through the environment's target, and record the operation. Refusals happen before
 * anything changes; two stages of one environment never interleave.
 */
export async function stagePackage(request: StageRequest): Promise<StageResult> {
  const { config } = request
  const environment = findEnvironment(config, request.environment)
  const target = (
    request.targetFor ??
    ((env) =>
      openTarget(env, config, {
        repository: request.repository.uri,
        ...(request.env ? { env: request.env } : {})
      }))
  )(environment)
  const lock = await environmentLock(request.stateDir, environment.name)
  return withLock(lock, () => stageLocked(request, environment, target), {
    what: `environment ${environment.name}`,
    timeoutMs: 5_000
  })
}

/** What a stage found before it decided: the package, what runs, and the settings check. */
interface Prepared {
  operation: Operation
  pkg: PackageRecord
  mdaPath: string
  observed: Observed
  checked: PreflightResult
}

async function stageLocked(
  request: StageRequest,
  environment: EnvironmentConfig,
  target: DeploymentTarget
): Promise<StageResult> {
  const operation: Operation = request.rollback ? 'rollback' : 'deploy'
  // What runs comes first: a rollback goes back from what really runs, reconciled if need be.
  const observed = await observeEnvironment({
    app: request.config.app,
    environment,
    target,
    activity: request.activity,
    repository: request.repository,
    actor: request.actor,
    runUrl: request.runUrl,
    log: request.log
  })
  const pkg = await resolvePackage(request, environment, observed.running)
  const work = await makeStageFolder()
  try {
    const prepared = await prepare(request, environment, observed, operation, pkg, work)
    const running = prepared.observed.running
    const unconfirmed = pkg.sha256 === running?.sha256 ? running.unconfirmed : undefined
    const unchanged = pkg.sha256 === running?.sha256 && !unconfirmed
    if (unconfirmed) {
      request.log.info(
        `${environment.name} has ${pkg.app} ${pkg.version} in place, but ${unconfirmed}: deploying it again`
      )
    }
    if (unchanged && operation === 'deploy' && !request.redeploy) {
      // Nothing changes, so there is nothing to authorise: no approval or code is spent on it.
      if (!settingsDiffer(prepared.observed.settings, prepared.checked.settings)) {
        request.log.info(
          `${environment.name} already runs ${pkg.app} ${pkg.version} with these settings; nothing to do (use --redeploy to switch again)`
        )
        return result(
          environment,
          prepared,
          false,
          null,
          environment.url,
          observed.running?.details
        )
      }
      request.log.info(
        `${environment.name} runs ${pkg.app} ${pkg.version} with other settings: applying them (a settings-only deploy)`
      )
    }
    return await deployRecorded(request, environment, target, prepared, unchanged)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** Downloads the package (SHA-256 checked) and checks the settings against what runs. */
async function prepare(
  request: StageRequest,
  environment: EnvironmentConfig,
  observed: Observed,
  operation: Operation,
  pkg: PackageRecord,
  work: string
): Promise<Prepared> {
  const { config, log } = request
  const mdaPath = join(work, `${pkg.app}_${pkg.version}.mda`)
  await downloadForStage(request.repository, pkg, mdaPath)
  log.info(`downloaded ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256} verified)`)
  const { metadata } = await readPackageFacts(mdaPath)
  // The diff and the new-constant check use what the target reports; a target that cannot read
  // its settings back (Mendix Cloud) makes those checks against its own API when it deploys.
  const checked = preflight(
    environment,
    metadata,
    { constants: observed.running?.constants },
    config.file ?? 'mxdeploy.yml'
  )
  for (const warning of [...metadata.warnings, ...checked.warnings]) log.warning(warning)
  for (const change of checked.changes) {
    log.info(
      `  ${change.name}: ${change.before === undefined ? '(new)' : JSON.stringify(change.before)} → ${change.after === undefined ? '(removed)' : JSON.stringify(change.after)}`
    )
  }
  const events = observed.settings.scheduledEvents
  for (const [name, on] of Object.entries(checked.settings.scheduledEvents)) {
    if (events && events[name] !== on) log.info(`  ${name}: scheduled event ${on ? 'on' : 'off'}`)
  }
  return { operation, pkg, mdaPath, observed, checked }
}

/**
 * Checks every policy, records the start, deploys through the target and records the outcome.
 * Policies run last, right before the record: what they spend (a code) is recorded at once.
 */
async function deployRecorded(
  request: StageRequest,
  environment: EnvironmentConfig,
  target: DeploymentTarget,
  prepared: Prepared,
  settingsOnly: boolean
): Promise<StageResult> {
  const { config, log, activity } = request
  const { operation, pkg, checked } = prepared
  const stories = settingsOnly
    ? []
    : request.storiesFor
      ? await request.storiesFor(pkg, environment)
      : pkg.stories
  const doing =
    operation === 'rollback' ? 'rolling back' : settingsOnly ? 'applying settings of' : 'deploying'
  const { value: deployed, record } = await runRecorded({
    context: { config, environment, package: pkg, operation, actor: request.actor, activity, log },
    policies:
      operation === 'rollback'
        ? (request.policies ?? [])
        : [promotionOrder, ...(request.policies ?? [])],
    operation,
    package: { version: pkg.version, sha256: pkg.sha256 },
    commit: pkg.commit,
    runUrl: request.runUrl,
    extra: {
      stories,
      details: { settings: checked.settings, ...(settingsOnly ? { settingsOnly: true } : {}) }
    },
    announce: `${doing} ${pkg.app} ${pkg.version} to ${environment.name} (${target.type})`,
    work: async () => {
      const value = await target.deploy({
        environment,
        package: pkg,
        mdaPath: prepared.mdaPath,
        settings: checked.settings,
        log
      })
      const url = value.url ?? environment.url
      return {
        value,
        outcome: { ...(value.details ? { details: value.details } : {}), ...(url ? { url } : {}) }
      }
    },
    // The environment has changed: a record that cannot be written fails the stage, saying so.
    done: {
      done: `${environment.name} now runs ${pkg.app} ${pkg.version}`,
      what: operation === 'rollback' ? 'rollback' : 'deployment',
      redo: `mxdeploy stage --environment ${environment.name} (it records what the environment runs as reconciled)`
    }
  })
  const url = deployed.url ?? environment.url
  log.info(`${environment.name} now runs ${pkg.app} ${pkg.version}`)
  return result(environment, prepared, true, record, url, deployed.details)
}

function result(
  environment: EnvironmentConfig,
  prepared: Prepared,
  changed: boolean,
  record: ActivityRecord | null,
  url: string | undefined,
  details: Record<string, unknown> | undefined
): StageResult {
  return {
    environment: environment.name,
    operation: prepared.operation,
    package: prepared.pkg,
    changed,
    record,
    url,
    warnings: prepared.checked.warnings,
    changes: prepared.checked.changes,
    details
  }
}
