import type { DeploymentRequest, DeploymentResult } from '../deployment-target.js'
import { dropletFacts, ownedVariables } from './annotations.js'
import { AppVariables, readVariables } from './app-variables.js'
import { uploadPackage } from './bits.js'
import { v3Url, type CfContext } from './context.js'
import { CfJournal } from './journal.js'
import { findApp } from './locate.js'
import { checkNewConstants } from './new-constants.js'
import type { CfApp, CfDroplet, CfRoute } from './resources.js'
import { rollOut } from './rollout.js'
import { findDroplet, stage } from './staging.js'
import { planVariables } from './variables.js'

/** What the app runs before the deployment: for messages, and the constants its package has. */
async function readCurrent(
  context: CfContext,
  app: CfApp
): Promise<{ text: string; constants: string[] | undefined }> {
  const guid = app.relationships?.current_droplet?.data?.guid
  if (!guid) return { text: 'no droplet', constants: undefined }
  const { status, body } = await context.http.send({
    method: 'GET',
    url: v3Url(context, `/droplets/${guid}`),
    what: `reading the current droplet of app ${app.name}`,
    accept: [404]
  })
  const facts = status === 404 ? undefined : dropletFacts((body as CfDroplet).metadata)
  const what = facts?.version ? `${facts.version} (droplet ${guid})` : `droplet ${guid}`
  return {
    text: `${what}${app.state === 'STOPPED' ? ', stopped' : ''}`,
    constants: facts?.constants
  }
}

/** The app's first route as a URL, when it has one. */
async function appUrl(context: CfContext, app: CfApp): Promise<string | undefined> {
  const routes = await context.http.json<{ resources?: CfRoute[] }>({
    method: 'GET',
    url: v3Url(context, `/apps/${app.guid}/routes`, { per_page: 1 }),
    what: `reading the routes of app ${app.name}`
  })
  const route = routes?.resources?.[0]
  if (!route) return undefined
  return `${route.protocol === 'tcp' ? 'tcp' : 'https'}://${route.url}`
}

/**
 * Deploys a package to a Cloud Foundry app: find the app, plan its variables (refusing what the
 * buildpack would misread), reuse a droplet of these bytes or upload and stage them, set the
 * variables, roll the droplet out and wait until it runs. Variables change only after staging
 * succeeded, and are put back when the app ends up on what it ran before.
 */
export async function deployToCloudFoundry(
  context: CfContext,
  request: DeploymentRequest
): Promise<DeploymentResult> {
  const { package: pkg, log } = request
  const label = `${pkg.app} ${pkg.version}`
  const app = await findApp(context)
  const before = await readVariables(context, app)
  const owned = ownedVariables(app.metadata)
  const plan = planVariables({
    app: app.name,
    environment: request.environment.name,
    settings: request.settings,
    configured: request.environment.constants,
    eventsConfigured: request.environment.scheduledEvents !== undefined,
    current: before,
    owned
  })
  const running = await readCurrent(context, app)
  checkNewConstants(request, running.constants, before, app.name)
  for (const note of plan.notes) log.info(note)
  for (const warning of plan.warnings) log.warning(warning)
  const variables = new AppVariables(context, app, plan, before, owned)
  const journal = new CfJournal(app.name, running.text, label, request.environment.name)
  const details: Record<string, unknown> = {
    api: context.config.api,
    org: context.config.org,
    space: context.config.space,
    app: app.name,
    appGuid: app.guid,
    strategy: context.config.strategy,
    buildpack: context.config.buildpack
  }
  try {
    let droplet = await findDroplet(context, app, pkg)
    if (droplet) {
      context.progress.line(
        `app ${app.name} keeps a droplet of ${label} staged with ${context.config.buildpack} (${droplet.guid}): deploying it without uploading or staging again`
      )
      details['staged'] = false
    } else {
      const uploaded = await uploadPackage(context, app, pkg, request.mdaPath)
      journal.record(`uploaded ${label} (package ${uploaded.guid})`)
      details['package'] = uploaded.guid
      droplet = await stage(context, app, uploaded, pkg, Object.keys(request.settings.constants))
      journal.record(`staged droplet ${droplet.guid}`)
      details['staged'] = true
    }
    details['droplet'] = droplet.guid
    await variables.apply(journal)
    details['variables'] = { set: variables.set, removed: variables.removed }
    try {
      const rollout = await rollOut(context, app, droplet, journal)
      if (rollout.deployment) details['deployment'] = rollout.deployment
    } catch (error) {
      if (journal.current === 'variables-set' || journal.current === 'rolled-back') {
        await variables.restore(journal)
      }
      throw error
    }
    // A URL in mxdeploy.yml (a custom domain) wins over the app's first route.
    const url = request.environment.url ? undefined : await appUrl(context, app)
    log.info(`app ${app.name} runs ${label} (droplet ${droplet.guid})${url ? ` at ${url}` : ''}`)
    return { ...(url ? { url } : {}), details }
  } catch (error) {
    throw journal.failure(error)
  }
}
