import { isAbsolute, relative } from 'node:path'
import type { ActivityLog } from '../activity/activity-log.js'
import type { MxdeployConfig } from '../config/types.js'
import type { CommitTimes } from '../git/commit-times.js'
import type { Logger } from '../log.js'
import { redactCredentials } from '../redact.js'
import type { PackageRepository } from '../repository/package-repository.js'
import { promotionSequence } from '../stage/promotion-sequence.js'
import type { CommitSource } from '../trace/commit-source.js'
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js'
import { environmentColumns } from './board.js'
import { doraMetrics } from './dora.js'
import type { DashboardModel } from './model.js'
import { packageRows, pendingPromotions } from './promotions.js'
import { ActivitySnapshot, RememberingCommitSource, RepositorySnapshot } from './snapshots.js'
import { knownStories, storyIndex } from './story-index.js'

/** Records read from the activity log: enough for half a year of a busy app. */
export const DEFAULT_HISTORY_LIMIT = 2000
/** Packages shown in the promotion table; the story search uses every package. */
const PACKAGE_ROWS = 30

export interface DashboardRequest {
  config: MxdeployConfig
  activity: ActivityLog
  repository: PackageRepository
  /** Where commits are read (git, then GitHub): the stories a promotion would bring. */
  sources: readonly CommitSource[]
  patterns: readonly StoryPattern[]
  /** Most commits read for a first deployment (traceability.limit). */
  limit: number
  links: LinkContext
  /** Committer times, for the lead time to production. */
  commitTimes: CommitTimes
  log: Logger
  now?: Date
  historyLimit?: number
}

/**
 * The repository as the page names it: a `file:` folder inside the app's folder relative to it
 * (a runner's or laptop's absolute paths mean nothing to readers), credentials never.
 */
function repositoryLabel(uri: string, dir: string): string {
  if (uri.startsWith('file:')) {
    const path = relative(dir, uri.slice('file:'.length))
    if (path && !path.startsWith('..') && !isAbsolute(path)) return `file:${path}`
  }
  return redactCredentials(uri)
}

/**
 * Reads the activity log and the package repository once and computes everything the dashboard
 * shows: the environments board, pending promotions with their stories, the packages' places, the
 * story index and the DORA figures.
 */
export async function collectDashboard(request: DashboardRequest): Promise<DashboardModel> {
  const { config, log } = request
  const app = config.app
  const now = request.now ?? new Date()
  const history = await request.activity.list({
    app,
    limit: request.historyLimit ?? DEFAULT_HISTORY_LIMIT
  })
  const packages = await request.repository.list(app)
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
  log.info(
    `dashboard of ${app}: ${count(history.length, 'operation')}, ${count(packages.length, 'package')}`
  )
  const order = promotionSequence(config.environments)
  const columns = environmentColumns(order, history, packages)
  const activity = new ActivitySnapshot(history)
  const repository = new RepositorySnapshot(request.repository.uri, packages)
  const sources = request.sources.map((source) => new RememberingCommitSource(source))
  // The stage's own progress lines ("3 commits since…") are noise here; warnings still count.
  const quiet: Logger = { ...log, info: () => undefined }
  const pending = await pendingPromotions(app, order, columns, packages, {
    activity,
    sources,
    patterns: request.patterns,
    limit: request.limit,
    links: request.links,
    log: quiet
  })
  const stories = await storyIndex(knownStories(packages, history), {
    app,
    repository,
    activity,
    environments: order.map((e) => e.name),
    sources,
    patterns: request.patterns,
    links: request.links
  })
  const production = (order.find((e) => e.production) ?? order.at(-1))?.name ?? null
  const shipped = history
    .filter((r) => r.environment === production && r.operation === 'deploy' && r.commit)
    .map((r) => r.commit!)
  const metrics = doraMetrics({
    history,
    environments: order.map((e) => e.name),
    production,
    commitTimes: await request.commitTimes(shipped),
    now
  })
  return {
    app,
    generatedAt: now.toISOString(),
    repository: repositoryLabel(request.repository.uri, config.dir),
    links: request.links,
    environments: columns,
    pending,
    packages: packageRows(packages.slice(0, PACKAGE_ROWS), columns, history),
    history,
    stories,
    metrics
  }
}
