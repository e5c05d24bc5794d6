import type { Operation } from '../../activity/activity-log.js'
import { markup, htmlLink, joinHtml, type Html } from '../../html/escape.js'
import type { LinkContext } from '../../stories/story-patterns.js'
import type { EnvironmentColumn, LastOperation, RunningPackage } from '../model.js'
import { commitHtml, runLinkHtml, sha256Html, timeHtml, userHtml } from './format.js'

const DONE: Record<Operation, string> = {
  deploy: 'Deployed',
  rollback: 'Rolled back',
  reconciled: 'Found running',
  start: 'Started',
  stop: 'Stopped',
  restart: 'Restarted'
}

/** The start of an error message, its line breaks kept (the page shows them). */
function clip(text: string, max: number): string {
  const lines = text.trim().split('\n').slice(0, 6).join('\n')
  return lines.length > max ? `${lines.slice(0, max - 1)}…` : lines
}

function badges(column: EnvironmentColumn): Html {
  const items = [
    column.production ? 'production' : null,
    column.reviewers ? 'approval required' : null,
    column.mfa ? 'two-factor required' : null
  ].filter((item): item is string => item !== null)
  if (!items.length) return markup``
  return markup`<ul class="badges" aria-label="Protection">
    ${items.map((item) => markup`<li>${item}</li>`)}
  </ul>`
}

function runningHtml(running: RunningPackage | null, links: LinkContext): Html {
  if (!running) return markup`<p class="running none">Runs nothing yet</p>`
  const mfa = running.mfa.length
    ? joinHtml(
        running.mfa.map(
          ({ user, via }) =>
            markup`${userHtml(user, links)} (${via === 'code' ? 'code' : '8-hour session'})`
        )
      )
    : markup`not asked`
  return markup`<p class="running">
      <span class="label">Runs</span> <strong class="version">${running.version}</strong>
    </p>
    <dl class="facts">
      <dt>SHA-256</dt>
      <dd>${sha256Html(running.sha256)}</dd>
      <dt>Commit</dt>
      <dd>${commitHtml(running.commit, links)}</dd>
      <dt>Runtime</dt>
      <dd>${running.runtimeVersion ?? 'unknown'}</dd>
      <dt>${DONE[running.operation]}</dt>
      <dd>
        ${timeHtml(running.deployedAt)} by ${userHtml(running.deployedBy, links)}
        ${runLinkHtml(running.runUrl)}
      </dd>
      <dt>Approved by</dt>
      <dd>
        ${running.approvers.length ? joinHtml(running.approvers.map((a) => userHtml(a, links))) : 'nobody'}
      </dd>
      <dt>Two-factor</dt>
      <dd>${mfa}</dd>
    </dl>`
}

function lastHtml(last: LastOperation | null, links: LinkContext): Html {
  if (!last) return markup``
  const what = `${last.operation}${last.version ? ` ${last.version}` : ''}`
  if (last.result === 'failure') {
    return markup`<div class="last failure" role="note">
      <p>
        <strong><span aria-hidden="true">✗ </span>Last operation failed:</strong> ${what},
        ${timeHtml(last.time)} by ${userHtml(last.actor, links)} ${runLinkHtml(last.runUrl)}
      </p>
      ${last.error ? markup`<p class="error">${clip(last.error, 400)}</p>` : ''}
    </div>`
  }
  return markup`<p class="last success">
    <span aria-hidden="true">✓ </span>Last operation: ${what} succeeded, ${timeHtml(last.time)}
  </p>`
}

/** One column: the environment, its protection, what runs, and how the last operation went. */
function columnHtml(column: EnvironmentColumn, index: number, links: LinkContext): Html {
  const id = `env-${index}`
  const failed = column.last?.result === 'failure'
  return markup`<li
    class="env${failed ? ' failed' : ''}"
    data-environment="${column.name}"
    aria-labelledby="${id}"
  >
    <h3 id="${id}">${column.name}</h3>
    <p class="after">
      ${column.after ? markup`after ${column.after}` : 'first'}${column.url ? markup` · ${htmlLink(column.url.replace(/^https?:\/\//, ''), column.url)}` : ''}
    </p>
    ${badges(column)} ${runningHtml(column.running, links)} ${lastHtml(column.last, links)}
  </li>`
}

/** The environments board: one column per environment, in promotion order. */
export function boardHtml(columns: readonly EnvironmentColumn[], links: LinkContext): Html {
  return markup`<section id="environments" aria-labelledby="environments-title">
    <h2 id="environments-title">Environments</h2>
    <p class="lead">
      In promotion order: an environment takes a package only after the one before it has run it.
    </p>
    ${
      columns.length
        ? markup`<ol class="board">
            ${columns.map((c, i) => columnHtml(c, i, links))}
          </ol>`
        : markup`<p>No environments are configured.</p>`
    }
  </section>`
}
