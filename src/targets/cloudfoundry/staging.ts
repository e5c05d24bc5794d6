import { OperationError } from '../../errors.js'
import type { PackageRecord } from '../../repository/package-repository.js'
import { dropletAnnotations, dropletFacts, type DropletFacts } from './annotations.js'
import { minutes, v3Url, type CfContext } from './context.js'
import { formatLogLines, recentLogLines } from './log-cache.js'
import type { CfApp, CfBuild, CfDroplet, CfPackage } from './resources.js'
import { waitFor } from './wait.js'

/** How many lines of the buildpack's output a staging failure shows. */
const STAGING_LOG_LINES = 25

/**
 * Stages the package with the configured buildpack (`POST /v3/builds`) and waits for the
 * droplet; a failed staging is reported with the buildpack's last lines of the staging log,
 * where its reason is (the build's `error` only says which phase failed). The droplet gets the
 * MDA's SHA-256, version, buildpack and constant names as annotations: the Cloud Controller
 * copies nothing of the package or build onto it.
 */
export async function stage(
  context: CfContext,
  app: CfApp,
  uploaded: CfPackage,
  pkg: PackageRecord,
  constants: string[]
): Promise<CfDroplet> {
  const { http, config } = context
  const label = `${pkg.app} ${pkg.version}`
  const build = await http.json<CfBuild>({
    method: 'POST',
    url: v3Url(context, '/builds'),
    json: {
      package: { guid: uploaded.guid },
      lifecycle: { type: 'buildpack', data: { buildpacks: [config.buildpack] } }
    },
    what: `staging ${label} with ${config.buildpack}`
  })
  context.progress.line(`staging ${label} with ${config.buildpack} (build ${build.guid})`)
  const staged = await waitFor(
    context,
    `build ${build.guid}`,
    minutes(config.timeouts.staging),
    async () => {
      const current = await http.json<CfBuild>({
        method: 'GET',
        url: v3Url(context, `/builds/${build.guid}`),
        what: `reading build ${build.guid}`
      })
      if (current.state === 'STAGED' && current.droplet) return { done: true, value: current }
      if (current.state === 'FAILED') {
        const log = await recentLogLines(context, {
          appGuid: app.guid,
          since: current.created_at,
          sourceType: (type) => type === 'STG',
          lines: STAGING_LOG_LINES
        })
        throw new OperationError(
          `staging ${label} with ${config.buildpack} failed (${current.error ?? 'no reason given'}); ${formatLogLines(log, 'staging', app.name)}`
        )
      }
      return { done: false, status: current.state }
    }
  )
  const droplet = await http.json<CfDroplet>({
    method: 'PATCH',
    url: v3Url(context, `/droplets/${staged.droplet!.guid}`),
    json: { metadata: { annotations: dropletAnnotations(pkg, config.buildpack, constants) } },
    what: `recording ${label} on droplet ${staged.droplet!.guid}`,
    idempotent: true
  })
  return droplet
}

/**
 * A droplet of the app staged from these bytes with this buildpack and still kept by the
 * platform (STAGED, not expired), newest first: deploying it again needs no upload or staging.
 */
export async function findDroplet(
  context: CfContext,
  app: CfApp,
  pkg: PackageRecord
): Promise<CfDroplet | undefined> {
  const droplets = await context.http.list<CfDroplet>(
    v3Url(context, `/apps/${app.guid}/droplets`, {
      states: 'STAGED',
      order_by: '-created_at',
      per_page: 50
    }),
    `listing the droplets of app ${app.name}`
  )
  return droplets.find((droplet) => {
    const facts: DropletFacts = dropletFacts(droplet.metadata)
    return facts.sha256 === pkg.sha256 && facts.buildpack === context.config.buildpack
  })
}
