import { checkMetadata } from './metadata.js'
import { guid, iso, newProcess, type FakeDeployment } from './model.js'
import { advance, appendLog, newRevision, quotaProblem, startApp } from './platform.js'
import { presentDeployment } from './present.js'
import {
  notFound,
  ok,
  unknownFields,
  unprocessable,
  type Call,
  type Reply,
  type Route
} from './routing.js'

/**
 * Rolling deployments (resources/deployments: create, get, cancel). A deployment of a stopped
 * app starts it and is DEPLOYED at once (deployment_create.rb); otherwise a new web process
 * comes up beside the old one, and the deployment is DEPLOYED once its instances run — or stays
 * ACTIVE/DEPLOYING for good while they crash: there is no failed state. Cancel puts the previous
 * droplet back. A quota refusal reads as the Cloud Controller words it.
 */

function createDeployment(call: Call): Reply {
  const refused =
    unknownFields(call.json, [
      'droplet',
      'revision',
      'strategy',
      'options',
      'relationships',
      'metadata'
    ]) ?? checkMetadata(call.json)
  if (refused) return refused
  const body = call.json as {
    droplet?: { guid?: unknown }
    revision?: unknown
    strategy?: unknown
    relationships?: { app?: { data?: { guid?: unknown } } }
  }
  if (body.strategy !== undefined && body.strategy !== 'rolling' && body.strategy !== 'canary') {
    return unprocessable(
      `Strategy ${JSON.stringify(body.strategy)} is not a supported deployment strategy`
    )
  }
  if (body.droplet && body.revision)
    return unprocessable('Cannot set both fields droplet and revision')
  const app = call.state.apps.find((a) => a.guid === body.relationships?.app?.data?.guid)
  if (!app) return unprocessable('App is invalid. Ensure it exists and you have access to it.')
  const dropletGuid = (body.droplet?.guid as string | undefined) ?? app.currentDroplet
  const droplet = call.state.droplets.find((d) => d.guid === dropletGuid && d.appGuid === app.guid)
  if (!droplet || droplet.state !== 'STAGED') {
    return unprocessable(
      'Unable to assign current droplet. Ensure the droplet exists and belongs to this app.'
    )
  }
  const previous = app.currentDroplet
  const now = iso()
  app.currentDroplet = droplet.guid
  let deployment: FakeDeployment
  if (app.state === 'STOPPED') {
    const problem = quotaProblem(call.state, app, app.web.instances * app.web.memoryMb)
    if (problem) {
      app.currentDroplet = previous
      return unprocessable(quotaDetail(call, app.spaceGuid, problem))
    }
    startApp(call.state, app)
    deployment = {
      guid: guid(),
      appGuid: app.guid,
      droplet: droplet.guid,
      previousDroplet: previous,
      value: 'FINALIZED',
      reason: 'DEPLOYED',
      newProcess: undefined,
      revision: app.web.revision!,
      reads: 0,
      createdAt: now,
      updatedAt: now
    }
  } else {
    // max_in_flight 1: room for one more instance is needed beside the running ones.
    const problem = quotaProblem(call.state, app, app.web.memoryMb)
    if (problem) {
      app.currentDroplet = previous
      return unprocessable(quotaDetail(call, app.spaceGuid, problem))
    }
    const fresh = newProcess(app, app.web.instances, app.web.memoryMb)
    fresh.revision = newRevision(app, droplet.guid)
    deployment = {
      guid: guid(),
      appGuid: app.guid,
      droplet: droplet.guid,
      previousDroplet: previous,
      value: 'ACTIVE',
      reason: 'DEPLOYING',
      newProcess: fresh,
      revision: fresh.revision,
      reads: 0,
      createdAt: now,
      updatedAt: now
    }
  }
  for (const other of call.state.deployments) {
    if (other.appGuid === app.guid && other.value === 'ACTIVE') {
      other.value = 'FINALIZED'
      other.reason = 'SUPERSEDED'
    }
  }
  call.state.deployments.push(deployment)
  appendLog(call.state, app.guid, 'API', [`Creating deployment for app with guid ${app.guid}`])
  return ok(presentDeployment(deployment, call.state, call.base), 201)
}

/** deployment_create.rb `enhanced_deployment_create_error`, on process_model.rb's key. */
function quotaDetail(call: Call, spaceGuid: string, problem: string): string {
  const space = call.state.spaces.find((s) => s.guid === spaceGuid)!
  const org = call.state.orgs.find((o) => o.guid === space.orgGuid)!
  return problem === 'space_quota_exceeded'
    ? `memory ${problem} for space ${space.name}. This space's quota may not be large enough to support rolling deployments or your configured max-in-flight.`
    : `memory ${problem} for organization ${org.name}. This organization's quota may not be large enough to support rolling deployments or your configured max-in-flight.`
}

function getDeployment(call: Call, [id]: string[]): Reply {
  const deployment = call.state.deployments.find((d) => d.guid === id)
  if (!deployment) return notFound('Deployment')
  const app = call.state.apps.find((a) => a.guid === deployment.appGuid)!
  if (deployment.value === 'ACTIVE') {
    deployment.reads++
    if (deployment.reason === 'CANCELING') {
      deployment.value = 'FINALIZED'
      deployment.reason = 'CANCELED'
      deployment.updatedAt = iso()
    } else if (deployment.newProcess) {
      advance(call.state, app, deployment.newProcess)
      if (
        deployment.newProcess.running &&
        deployment.reads > call.state.behaviour.deploymentReads
      ) {
        app.web = deployment.newProcess
        deployment.newProcess = undefined
        deployment.value = 'FINALIZED'
        deployment.reason = 'DEPLOYED'
        deployment.updatedAt = iso()
      }
    }
  }
  return ok(presentDeployment(deployment, call.state, call.base))
}

/** resources/deployments/_cancel: the app goes back to the previous droplet and revision. */
function cancel(call: Call, [id]: string[]): Reply {
  const deployment = call.state.deployments.find((d) => d.guid === id)
  if (!deployment) return notFound('Deployment')
  if (deployment.value !== 'ACTIVE') {
    return unprocessable(`Cannot cancel a ${deployment.reason} deployment`)
  }
  const app = call.state.apps.find((a) => a.guid === deployment.appGuid)!
  app.currentDroplet = deployment.previousDroplet
  deployment.newProcess = undefined
  deployment.reason = 'CANCELING'
  deployment.updatedAt = iso()
  return ok(undefined)
}

export const deploymentRoutes: Route[] = [
  {
    name: 'create-deployment',
    method: 'POST',
    pattern: /^\/v3\/deployments$/,
    auth: 'bearer',
    write: true,
    handler: createDeployment
  },
  {
    name: 'get-deployment',
    method: 'GET',
    pattern: /^\/v3\/deployments\/([^/]+)$/,
    auth: 'bearer',
    handler: getDeployment
  },
  {
    name: 'cancel-deployment',
    method: 'POST',
    pattern: /^\/v3\/deployments\/([^/]+)\/actions\/cancel$/,
    auth: 'bearer',
    write: true,
    handler: cancel
  }
]
