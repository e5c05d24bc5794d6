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

/**
 * Deploys a package to a Mendix Cloud environment: upload it (unless these bytes were uploaded
 * before), back up a production environment, transport, push the settings of mxdeploy.yml,
 * stop, start with AutoSyncDb, and wait until it runs. Any failure says what was done and what
 * the environment runs now.
 */
export async function deployToMendixCloud(
  context: ApiContext,
  config: MendixCloudTargetConfig,
  request: DeploymentRequest
): Promise<DeploymentResult> {
  const { package: pkg, log } = request
  const label = `${pkg.app} ${pkg.version}`
  if (pkg.size > MAX_UPLOAD_BYTES) {
    throw new ConfigurationError(
      `${label} is ${pkg.size} bytes; Mendix Cloud takes packages up to 1 GB`
    )
  }
  const timeouts = config.timeouts
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
  let previous: V1Package | undefined
  let packageId: string | undefined
  try {
    const name = packageName(pkg)
    const existing = await findUploaded(context, pkg)
    if (existing) {
      log.info(
        `${label} is already uploaded to ${context.appId} (package ${existing.PackageId}); not uploading it again`
      )
      details['packageId'] = existing.PackageId
      details['uploaded'] = false
    } else {
      log.info(`uploading ${name} to app ${context.appId}`)
      const uploaded = await uploadPackage(context, request.mdaPath, pkg, minutes(timeouts.upload))
      journal.record(`uploaded ${label} (package ${uploaded.packageId})`)
      details['packageId'] = uploaded.packageId
      details['uploaded'] = true
    }
    packageId = details['packageId'] as string

    const production = request.environment.production || environment.Production
    const backup = config.backup ?? (production ? 'before' : 'none')
    if (backup === 'before' && environment.Status === 'Empty') {
      log.info(`no backup: ${mode} has nothing deployed yet`)
    } else if (backup === 'before') {
      log.info(`backing up ${mode} before the deployment`)
      const snapshot = await createSnapshot(
        context,
        { projectId: app.ProjectId, environmentId: environment.EnvironmentId, mode },
        `mxdeploy: before deploying ${label}`,
        minutes(timeouts.backup)
      )
      journal.record(`backed up ${mode} (snapshot ${snapshot.snapshot_id})`)
      details['snapshotId'] = snapshot.snapshot_id
    }

    previous = environment.Status === 'Empty' ? undefined : await deployedPackage(context, mode)
    log.info(`transporting ${label} to ${mode}`)
    try {
      await transportPackage(context, mode, packageId, minutes(timeouts.transport))
    } catch (error) {
      if (apiFailure(error)?.code !== 'APP_IS_RUNNING') throw error
      log.info(`${mode} must be stopped for the transport; stopping it`)
      await stopEnvironment(context, mode, minutes(timeouts.stop))
      journal.markStopped()
      journal.record(`stopped ${mode}`)
      await transportPackage(context, mode, packageId, minutes(timeouts.transport))
    }
    journal.markTransported()
    journal.record(`transported ${label} to ${mode}`)

    const changed = await pushSettings(context, mode, {
      constants: request.environment.constants,
      scheduledEvents:
        request.environment.scheduledEvents === undefined
          ? undefined
          : request.settings.scheduledEvents
    })
    const names = [...changed.constants, ...changed.events]
    if (names.length > 0) {
      log.info(`set ${names.join(', ')} on ${mode}`)
      journal.record(`set ${names.join(', ')}`)
    }
    details['settingsChanged'] = names

    if ((await getEnvironment(context, mode)).Status === 'Running') {
      log.info(`stopping ${mode}`)
      await stopEnvironment(context, mode, minutes(timeouts.stop))
      journal.markStopped()
      journal.record(`stopped ${mode}`)
    }
    log.info(`starting ${mode} (AutoSyncDb: true)`)
    journal.markStartRequested()
    const started = await startEnvironment(context, mode, minutes(timeouts.start))
    details['startJobId'] = started.jobId ?? null

    const after = await getEnvironment(context, mode)
    if (pkg.modelVersion && after.ModelVersion && after.ModelVersion !== pkg.modelVersion) {
      log.warning(
        `${mode} reports model version ${after.ModelVersion} after the start, not ${pkg.modelVersion}`
      )
    }
    log.info(`${mode} runs ${label} (${after.Status}) at ${after.Url || environment.Url}`)
    return { url: after.Url || environment.Url, details }
  } catch (error) {
    const afterwards: string[] = []
    if (journal.undoable && previous && previous.PackageId !== packageId) {
      try {
        await transportPackage(context, mode, previous.PackageId, minutes(timeouts.transport))
        journal.markRestored()
        afterwards.push(`transported the previous package ${previous.Name} back`)
      } catch (restoreError) {
        afterwards.push(
          `transporting the previous package ${previous.Name} back failed too: ${errorMessage(restoreError)} (stage again with --redeploy)`
        )
      }
    }
    throw journal.failure(error, afterwards)
  }
}
