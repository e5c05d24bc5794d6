import type { StoryRef } from '../stories/extract-stories.js'
import { markdownLink, markdownText } from '../text/escape.js'
import { largestFitting } from './fit.js'
import { count, formatTime, markdownTable, thousands } from './markdown.js'
import { renderPromotionDiagram, type PromotionStep } from './promotion-diagram.js'

/**
 * First line of the sticky pull-request comment before it named its app. A comment that starts
 * with it is the one app's of its repository, so the app that stages next takes it over.
 */
export const DEPLOYMENTS_MARKER = '<!-- mxdeploy:deployments -->'

/**
 * First line of an app's sticky pull-request comment: the comment to update is the one whose
 * body starts with it (and that the token's own user wrote; anyone can quote the marker
 * elsewhere). The app is URI-encoded, so no name can end the HTML comment early.
 */
export function deploymentsMarker(app: string): string {
  return `<!-- mxdeploy:deployments app=${encodeURIComponent(app)} -->`
}

const APP_MARKER = /^<!-- mxdeploy:deployments app=(\S+) -->$/

/** GitHub refuses an issue comment body longer than this. */
export const COMMENT_MAX_CHARS = 65_536

export type DeploymentStatus = 'success' | 'failure' | 'in-progress'

/** The latest deployment to one environment of a package holding the pull request's commits. */
export interface EnvironmentDeployment {
  environment: string
  environmentUrl?: string | null
  packageVersion: string
  status: DeploymentStatus
  /** ISO 8601 time of the deployment. */
  time: string
  runUrl?: string | null
  /** The stories the deployment brought, in order. */
  stories: readonly Pick<StoryRef, 'id' | 'url'>[]
}

/** What the sticky comment shows: one row per environment, in the order given. */
export interface DeploymentsCommentInput {
  app: string
  deployments: readonly EnvironmentDeployment[]
  /** Where the pull request's commits stand in every environment, drawn as a Mermaid diagram. */
  promotion?: readonly PromotionStep[]
}

const STATUS: Record<DeploymentStatus, string> = {
  success: '✅ deployed',
  failure: '❌ failed',
  'in-progress': '⏳ in progress'
}

function row(deployment: EnvironmentDeployment, storyCap: number): string[] {
  const shown = deployment.stories.slice(0, storyCap)
  const hidden = deployment.stories.length - shown.length
  const stories = shown.map((story) => markdownLink(story.id, story.url, 100))
  if (hidden > 0) stories.push(`+${count(hidden, 'more', 'more')}`)
  return [
    markdownLink(deployment.environment, deployment.environmentUrl, 100),
    markdownText(deployment.packageVersion, 50),
    markdownLink(STATUS[deployment.status], deployment.runUrl),
    formatTime(deployment.time),
    stories.join(', ') || '—'
  ]
}

function render(
  input: DeploymentsCommentInput,
  rows: number,
  storyCap: number,
  limit: number
): string {
  const shown = input.deployments.slice(0, rows)
  const diagram = renderPromotionDiagram(input.promotion ?? [])
  const lines = [
    deploymentsMarker(input.app),
    `### Deployments of ${markdownText(input.app, 100)}`,
    '',
    ...(diagram ? [diagram] : []),
    shown.length
      ? markdownTable(
          ['Environment', 'Package', 'Status', 'Time', 'Stories'],
          shown.map((deployment) => row(deployment, storyCap))
        )
      : 'No environment runs a package with these commits yet.'
  ]
  const hiddenStories = shown.reduce((sum, d) => sum + Math.max(0, d.stories.length - storyCap), 0)
  const hiddenRows = input.deployments.length - shown.length
  if (hiddenStories > 0 || hiddenRows > 0) {
    const cut = [
      hiddenRows > 0 ? `${count(hiddenRows, 'environment')} (the last ones)` : '',
      hiddenStories > 0 ? `${count(hiddenStories, 'story link', 'story links')}` : ''
    ].filter(Boolean)
    lines.push(
      '',
      `_Cut to stay under GitHub's ${thousands(limit)}-character limit for a comment: ${cut.join(' and ')} not shown. The job summaries of the runs list everything._`
    )
  }
  return `${lines.join('\n')}\n`
}

/**
 * The body of the sticky pull-request comment: the marker, then one table of environments ×
 * package × status × time × stories. When it would pass `maxChars`, stories per row are cut
 * first, then the last environments, and a note says what was cut. Same input, same text.
 */
export function renderDeploymentsComment(
  input: DeploymentsCommentInput,
  maxChars = COMMENT_MAX_CHARS
): string {
  const rows = input.deployments.length
  // A story takes at least 3 characters (", 1"), a row 20: no need to try more than fit.
  const most = Math.min(
    Math.ceil(maxChars / 3),
    input.deployments.reduce((m, d) => Math.max(m, d.stories.length), 0)
  )
  const cap = largestFitting(most, maxChars, (n) => render(input, rows, n, maxChars).length)
  if (cap >= 0) return render(input, rows, cap, maxChars)
  const fitting = largestFitting(
    Math.min(rows, Math.ceil(maxChars / 20)),
    maxChars,
    (n) => render(input, n, 0, maxChars).length
  )
  return render(input, Math.max(0, fitting), 0, maxChars)
}

/**
 * Whose sticky deployments comment a body is, by its first line: the app its marker names, `''`
 * for the marker without an app (written before comments named their app), `undefined` when it
 * is not one.
 */
export function deploymentsCommentApp(body: string | null | undefined): string | undefined {
  if (typeof body !== 'string') return undefined
  const first = body.split('\n', 1)[0]!.trimEnd()
  if (first === DEPLOYMENTS_MARKER) return ''
  const encoded = APP_MARKER.exec(first)?.[1]
  if (encoded === undefined) return undefined
  try {
    return decodeURIComponent(encoded)
  } catch {
    return undefined
  }
}

/** True when a comment body is a sticky deployments comment, of any app. */
export function isDeploymentsComment(body: string | null | undefined): boolean {
  return deploymentsCommentApp(body) !== undefined
}
