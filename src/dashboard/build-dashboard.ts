import { collectDashboard, type DashboardRequest } from './collect.js'
import type { DashboardModel } from './model.js'
import { writeDashboardSite, type WrittenSite } from './write-site.js'

export interface BuiltDashboard extends WrittenSite {
  model: DashboardModel
}

/**
 * The dashboard use case the CLI, the pipeline and the action share: read the activity log and
 * the package repository, compute what the page shows, write the site into `out`.
 */
export async function buildDashboard(
  request: DashboardRequest & { out: string }
): Promise<BuiltDashboard> {
  const model = await collectDashboard(request)
  const site = await writeDashboardSite(request.out, model)
  request.log.info(`dashboard written to ${site.index}`)
  return { ...site, model }
}
