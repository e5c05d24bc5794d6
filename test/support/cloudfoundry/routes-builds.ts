import { stageWithBuildpack } from './buildpack.js'
import { checkMetadata, mergeMetadata } from './metadata.js'
import { emptyMetadata, guid, iso, type FakeBuild } from './model.js'
import { appendLog, expireDroplets, quotaProblem } from './platform.js'
import { presentBuild, presentDroplet } from './present.js'
import { findApp } from './routes-apps.js'
import {
  cfError,
  filter,
  isReply,
  notFound,
  ok,
  paginate,
  unknownFields,
  unprocessable,
  type Call,
  type Reply,
  type Route
} from './routing.js'

/**
 * Builds (resources/builds: create, states, `error`; builds_controller.rb's refusals) and
 * droplets (get, update metadata, list of an app). Staging follows what the buildpack does with
 * the bits (buildpack.ts) and ends after a few reads of the build.
 */

/** POST /v3/builds (resources/builds/_create; builds_controller.rb errors). */
function createBuild(call: Call): Reply {
  const refused =
    unknownFields(call.json, [
      'package',
      'lifecycle',
      'staging_memory_in_mb',
      'staging_disk_in_mb',
      'staging_log_rate_limit_bytes_per_second',
      'metadata'
    ]) ?? checkMetadata(call.json)
  if (refused) return refused
  const body = call.json as {
    package?: { guid?: unknown }
    lifecycle?: { type?: unknown; data?: { buildpacks?: unknown; stack?: unknown } }
  }
  const pkg = call.state.packages.find((p) => p.guid === body.package?.guid)
  if (!pkg)
    return unprocessable(
      'Unable to use package. Ensure that the package exists and you have access to it.'
    )
  if (pkg.state !== 'READY') return unprocessable('Unable to stage package. Package is not ready.')
  const app = call.state.apps.find((a) => a.guid === pkg.appGuid)!
  const lifecycle = body.lifecycle ?? { type: 'buildpack', data: { buildpacks: app.buildpacks } }
  if (lifecycle.type !== 'buildpack')
    return unprocessable('Lifecycle type must be buildpack for this app')
  const buildpacks = lifecycle.data?.buildpacks ?? app.buildpacks
  if (!Array.isArray(buildpacks) || buildpacks.some((b) => typeof b !== 'string')) {
    return unprocessable('Buildpacks must be an array of strings')
  }
  for (const buildpack of buildpacks as string[]) {
    if (URL_BUILDPACK.test(buildpack)) {
      if (call.state.behaviour.customBuildpacksDisabled) {
        return cfError(400, 'CF-CustomBuildpacksDisabled', 290004, 'Custom buildpacks are disabled')
      }
    } else if (!call.state.behaviour.buildpacks.includes(buildpack)) {
      return unprocessable(
        `Buildpack "${buildpack}" must be an existing admin buildpack or a valid git URI`
      )
    }
  }
  if (call.state.builds.some((b) => b.appGuid === app.guid && b.state === 'STAGING')) {
    return cfError(
      422,
      'CF-StagingInProgress',
      170017,
      'Only one build can be STAGING at a time per application.'
    )
  }
  const problem = quotaProblem(call.state, app, call.state.behaviour.stagingMemoryMb, false)
  if (problem) {
    const scope = problem === 'space_quota_exceeded' ? "space's" : "organization's"
    return unprocessable(
      `${scope} memory limit exceeded: staging requires ${call.state.behaviour.stagingMemoryMb}M memory`
    )
  }
  const now = iso()
  const build: FakeBuild = {
    guid: guid(),
    appGuid: app.guid,
    packageGuid: pkg.guid,
    buildpacks: buildpacks as string[],
    state: 'STAGING',
    error: null,
    dropletGuid: undefined,
    reads: 0,
    createdAt: now,
    updatedAt: now
  }
  call.state.builds.push(build)
  return ok(presentBuild(build, call.base), 201)
}

/** Staging ends after `stagingReads` reads: the buildpack's outcome, its lines in log-cache. */
async function getBuild(call: Call, [id]: string[]): Promise<Reply> {
  const build = call.state.builds.find((b) => b.guid === id)
  if (!build) return notFound('Build')
  if (build.state === 'STAGING' && ++build.reads > call.state.behaviour.stagingReads) {
    const app = call.state.apps.find((a) => a.guid === build.appGuid)!
    const pkg = call.state.packages.find((p) => p.guid === build.packageGuid)!
    const outcome = stageWithBuildpack(app, {
      entries: pkg.entries,
      uncompressed: 0,
      model: pkg.model
    })
    appendLog(call.state, app.guid, 'STG', outcome.lines)
    build.updatedAt = iso()
    if (!outcome.staged) {
      build.state = 'FAILED'
      build.error = outcome.error
    } else {
      call.state.seq++
      const droplet = {
        guid: guid(),
        appGuid: app.guid,
        packageGuid: pkg.guid,
        state: 'STAGED' as const,
        buildpacks: build.buildpacks,
        model: pkg.model!,
        metadata: emptyMetadata(),
        seq: call.state.seq,
        createdAt: iso(),
        updatedAt: iso()
      }
      call.state.droplets.push(droplet)
      build.state = 'STAGED'
      build.dropletGuid = droplet.guid
      expireDroplets(call.state, app)
    }
  }
  return Promise.resolve(ok(presentBuild(build, call.base)))
}

function getDroplet(call: Call, [id]: string[]): Reply {
  const droplet = call.state.droplets.find((d) => d.guid === id)
  return droplet ? ok(presentDroplet(droplet, call.base)) : notFound('Droplet')
}

function patchDroplet(call: Call, [id]: string[]): Reply {
  const droplet = call.state.droplets.find((d) => d.guid === id)
  if (!droplet) return notFound('Droplet')
  const refused = unknownFields(call.json, ['metadata', 'image']) ?? checkMetadata(call.json)
  if (refused) return refused
  const body = call.json as { metadata?: unknown }
  if (body.metadata) droplet.metadata = mergeMetadata(droplet.metadata, body.metadata)
  droplet.updatedAt = iso()
  return ok(presentDroplet(droplet, call.base))
}

/** resources/droplets/_list_for_app: `states`, `current`, `order_by` created_at/updated_at. */
function appDroplets(call: Call, [appGuid]: string[]): Reply {
  const app = findApp(call, appGuid!)
  if (isReply(app)) return app
  const states = filter(call, 'states')
  const order = call.query.get('order_by') ?? 'created_at'
  if (!['created_at', '-created_at', 'updated_at', '-updated_at'].includes(order)) {
    return cfError(
      400,
      'CF-BadQueryParameter',
      10005,
      "The query parameter is invalid: Order by can only be: 'created_at', 'updated_at'"
    )
  }
  const droplets = call.state.droplets
    .filter((d) => d.appGuid === app.guid && (!states || states.includes(d.state)))
    .sort((a, b) => (order.startsWith('-') ? b.seq - a.seq : a.seq - b.seq))
  const reply = paginate(
    call,
    droplets,
    (d) => presentDroplet(d, call.base),
    call.state.behaviour.pageSize
  )
  const foreign = call.state.behaviour.foreignNextLink
  const page = reply.body as { pagination: { next: { href: string } | null } }
  if (foreign && page.pagination.next) {
    const next = new URL(page.pagination.next.href)
    page.pagination.next = { href: `${foreign}${next.pathname}${next.search}` }
  }
  return reply
}

const URL_BUILDPACK = /^https?:\/\//
const LIST = ['page', 'per_page', 'order_by']

export const buildRoutes: Route[] = [
  {
    name: 'create-build',
    method: 'POST',
    pattern: /^\/v3\/builds$/,
    auth: 'bearer',
    write: true,
    handler: createBuild
  },
  {
    name: 'get-build',
    method: 'GET',
    pattern: /^\/v3\/builds\/([^/]+)$/,
    auth: 'bearer',
    handler: getBuild
  },
  {
    name: 'get-droplet',
    method: 'GET',
    pattern: /^\/v3\/droplets\/([^/]+)$/,
    auth: 'bearer',
    handler: getDroplet
  },
  {
    name: 'patch-droplet',
    method: 'PATCH',
    pattern: /^\/v3\/droplets\/([^/]+)$/,
    auth: 'bearer',
    write: true,
    handler: patchDroplet
  },
  {
    name: 'list-droplets',
    method: 'GET',
    pattern: /^\/v3\/apps\/([^/]+)\/droplets$/,
    auth: 'bearer',
    query: ['states', 'guids', 'current', 'label_selector', ...LIST],
    handler: appDroplets
  }
]
