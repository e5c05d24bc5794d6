import type { MendixCloudTargetConfig } from '../../config/types.js'
import { ConfigurationError, errorMessage } from '../../errors.js'
import type { DeploymentRequest, DeploymentResult } from '../deployment-target.js'
import { minutes, type ApiContext } from './api-context.js'
import { apiFailure } from './api-errors.js'
import { createSnapshot } from './backups.js'
import {
  deployedPackage,
  getApp,
  getEnvironment,
  resolveEnvironment,
  type V1Environment,
  type V1Package
} from './environments.js'
import { Journal } from './journal.js'
import { startEnvironment, stopEnvironment, transportPackage } from './operations.js'
import { pushSettings, readSettings } from './settings.js'
import { findUploaded, MAX_UPLOAD_BYTES, packageName, uploadPackage } from './upload.js'

/** What an environment runs, for messages: `model 1.0.0.3 (Running)`. */
export function describeRunning(environment: V1Environment): { text: string; running: boolean } {
  if (environment.Status === 'Empty' || !environment.ModelVersion) {
    return { text: `nothing deployed (${environment.Status})`, running: false }
  }
  return {
    text: `model ${environment.ModelVersion} (${environment.Status})`,
    running: environment.Status === 'Running'
  }
}

/**
 * Constants the package brings that the environment does not have yet and mxdeploy.yml does not
 * set: refused with `new-constants: require`, else a warning. Only names are printed.
 */
async function checkNewConstants(
  context: ApiContext,
  environment: V1Environment,
  request: DeploymentRequest
): Promise<void> {
  if (environment.Status === 'Empty') return
  const current = new Set(
    (await readSettings(context, environment.Mode)).Constants.map((c) => c.Name)
  )
  const fresh = Object.keys(request.settings.constants).filter(
    (name) => !current.has(name) && !(name in request.environment.constants)
  )
  if (fresh.length === 0) return
  const env = request.environment.name
  if (request.environment.newConstants === 'require') {
    throw new ConfigurationError(
      `${fresh.join(', ')} ${fresh.length > 1 ? 'are' : 'is'} new in this package and ${env} requires a value for new constants (new-constants: require): set ${fresh.map((name) => `environments.${env}.constants.${name}`).join(', ')} in mxdeploy.yml`
    )
  }
  for (const name of fresh) {
    request.log.warning(
      `constant ${name} is new in this package; ${environment.Mode} gives it its default value (set it in mxdeploy.yml or the Portal)`
    )
  }
}

/** One deployment in progress: what it knows, and what it did so far (for the failure message). */
interface Deployment {
  context: ApiContext
  config: MendixCloudTargetConfig
  request: DeploymentRequest
  label: string
  mode: string
  environment: V1Environment
  journal: Journal
  details: Record<string, unknown>
}

/**
 * Deploys a package to a Mendix Cloud environment: upload it (unless these bytes were uploaded
 * before), back up a production environment, transport, push the settings of mxdeploy.yml,
 * stop, start with AutoSyncDb, and wait until it runs. Any failure says what was done and what
 * the environment runs now, after putting the previous package back where that is possible.
 */
export async function deployToMendixCloud(
  context: ApiContext,
  config: MendixCloudTargetConfig,
  request: DeploymentRequest
): Promise<DeploymentResult> {
  const { package: pkg } = request
  const label = `${pkg.app} ${pkg.version}`
  if (pkg.size > MAX_UPLOAD_BYTES) {
    throw new ConfigurationError(
      `${label} is ${pkg.size} bytes; Mendix Cloud takes packages up to 1 GB`
    )
  }
  const app = await getApp(context)
  const environment = await resolveEnvironment(context, config.environment)
  const mode = environment.Mode
  const journal = new Journal(mode, describeRunning(environment), label)
  await checkNewConstants(context, environment, request)
  const details: Record<string, unknown> = {
    appId: context.appId,
    mode,
    environmentId: environment.EnvironmentId,
    previous: { modelVersion: environment.ModelVersion, status: environment.Status }
  }
  const run: Deployment = { context, config, request, label, mode, environment, journal, details }
  let previous: V1Package | undefined
  let packageId: string | undefined
  try {
    packageId = await upload(run)
    await backUp(run, app.ProjectId)
    previous = environment.Status === 'Empty' ? undefined : await deployedPackage(context, mode)
    await transport(run, packageId)
    await applySettings(run)
    await restart(run)
    return await confirmRunning(run)
  } catch (error) {
    const afterwards = await restorePrevious(run, previous, packageId)
    throw journal.failure(error, afterwards)
  }
}

/** The package on Mendix Cloud: uploaded now, or the same bytes uploaded before. */
async function upload(run: Deployment): Promise<string> {
  const { context, request, label, details } = run
  const existing = await findUploaded(context, request.package)
  if (existing) {
    request.log.info(
      `${label} is already uploaded to ${context.appId} (package ${existing.PackageId}); not uploading it again`
    )
    details['packageId'] = existing.PackageId
    details['uploaded'] = false
    return existing.PackageId
  }
  request.log.info(`uploading ${packageName(request.package)} to app ${context.appId}`)
  const uploaded = await uploadPackage(
    context,
    request.mdaPath,
    request.package,
    minutes(run.config.timeouts.upload)
  )
  run.journal.record(`uploaded ${label} (package ${uploaded.packageId})`)
  details['packageId'] = uploaded.packageId
  details['uploaded'] = true
  return uploaded.packageId
}

/** A backup before deploying to production (or as `backup:` says), when there is anything to keep. */
async function backUp(run: Deployment, projectId: string): Promise<void> {
  const { environment, mode, request } = run
  const production = request.environment.production || environment.Production
  const backup = run.config.backup ?? (production ? 'before' : 'none')
  if (backup !== 'before') return
  if (environment.Status === 'Empty') {
    request.log.info(`no backup: ${mode} has nothing deployed yet`)
    return
  }
  request.log.info(`backing up ${mode} before the deployment`)
  const snapshot = await createSnapshot(
    run.context,
    { projectId, environmentId: environment.EnvironmentId, mode },
    `mxdeploy: before deploying ${run.label}`,
    minutes(run.config.timeouts.backup)
  )
  run.journal.record(`backed up ${mode} (snapshot ${snapshot.snapshot_id})`)
  run.details['snapshotId'] = snapshot.snapshot_id
}

/** Transports the package, stopping the environment first when Mendix Cloud asks for that. */
async function transport(run: Deployment, packageId: string): Promise<void> {
  const { context, mode, journal, config } = run
  const log = run.request.log
  log.info(`transporting ${run.label} to ${mode}`)
  try {
    await transportPackage(context, mode, packageId, minutes(config.timeouts.transport))
  } catch (error) {
    if (apiFailure(error)?.code !== 'APP_IS_RUNNING') throw error
    log.info(`${mode} must be stopped for the transport; stopping it`)
    await stopEnvironment(context, mode, minutes(config.timeouts.stop))
    journal.markStopped()
    journal.record(`stopped ${mode}`)
    await transportPackage(context, mode, packageId, minutes(config.timeouts.transport))
  }
  journal.markTransported()
  journal.record(`transported ${run.label} to ${mode}`)
}

/** Pushes the constants and scheduled events mxdeploy.yml sets; the rest stays as the Portal has it. */
async function applySettings(run: Deployment): Promise<void> {
  const { request, mode } = run
  const changed = await pushSettings(run.context, mode, {
    constants: request.environment.constants,
    scheduledEvents:
      request.environment.scheduledEvents === undefined
        ? undefined
        : request.settings.scheduledEvents
  })
  const names = [...changed.constants, ...changed.events]
  if (names.length > 0) {
    request.log.info(`set ${names.join(', ')} on ${mode}`)
    run.journal.record(`set ${names.join(', ')}`)
  }
  run.details['settingsChanged'] = names
}

/** Stops the environment if it runs, then starts it with AutoSyncDb and waits for it. */
async function restart(run: Deployment): Promise<void> {
  const { context, mode, journal, config } = run
  const log = run.request.log
  if ((await getEnvironment(context, mode)).Status === 'Running') {
    log.info(`stopping ${mode}`)
    await stopEnvironment(context, mode, minutes(config.timeouts.stop))
    journal.markStopped()
    journal.record(`stopped ${mode}`)
  }
  log.info(`starting ${mode} (AutoSyncDb: true)`)
  journal.markStartRequested()
  const started = await startEnvironment(context, mode, minutes(config.timeouts.start))
  run.details['startJobId'] = started.jobId ?? null
}

/** What the environment reports once started: its URL, and a warning if the version differs. */
async function confirmRunning(run: Deployment): Promise<DeploymentResult> {
  const { mode, request } = run
  const pkg = request.package
  const after = await getEnvironment(run.context, mode)
  if (pkg.modelVersion && after.ModelVersion && after.ModelVersion !== pkg.modelVersion) {
    request.log.warning(
      `${mode} reports model version ${after.ModelVersion} after the start, not ${pkg.modelVersion}`
    )
  }
  const url = after.Url || run.environment.Url
  request.log.info(`${mode} runs ${run.label} (${after.Status}) at ${url}`)
  return { url, details: run.details }
}

/** After a failure: the previous package transported back where the failure allows it. */
async function restorePrevious(
  run: Deployment,
  previous: V1Package | undefined,
  packageId: string | undefined
): Promise<string[]> {
  if (!run.journal.undoable || !previous || previous.PackageId === packageId) return []
  try {
    const timeout = minutes(run.config.timeouts.transport)
    await transportPackage(run.context, run.mode, previous.PackageId, timeout)
    run.journal.markRestored()
    return [`transported the previous package ${previous.Name} back`]
  } catch (restoreError) {
    return [
      `transporting the previous package ${previous.Name} back failed too: ${errorMessage(restoreError)} (stage again with --redeploy)`
    ]
  }
}
