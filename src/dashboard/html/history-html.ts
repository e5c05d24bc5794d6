import type { ActivityRecord } from '../../activity/activity-log.js'
import { markup, joinHtml, type Html } from '../../html/escape.js'
import { formatDuration } from '../../report/markdown.js'
import type { LinkContext } from '../../stories/story-patterns.js'
import { firstLine, plural, runLinkHtml, timeHtml, userHtml } from './format.js'

/** Rows shown; older operations stay in the activity log (and data.json). */
export const HISTORY_ROWS = 500

function select(id: string, label: string, all: string, values: readonly string[]): Html {
  return markup`<label for="${id}">${label}</label>
    <select id="${id}">
      <option value="">${all}</option>
      ${values.map((v) => markup`<option value="${v}">${v}</option>`)}
    </select>`
}

/** An error's first line; the rest (most of it) behind a disclosure, its line breaks kept. */
function errorHtml(error: string): Html {
  const text = error.trim()
  const first = firstLine(text)
  if (!text.includes('\n')) return markup`<span class="error">${first}</span> `
  const rest = text.slice(text.indexOf('\n') + 1, 2000)
  return markup`<details class="error"><summary>${first}</summary>${rest}</details>`
}

function row(record: ActivityRecord, links: LinkContext): Html {
  const refused = record.details?.['refused'] === true
  const result = record.result === 'success' ? 'succeeded' : refused ? 'refused' : 'failed'
  const mfa = record.mfa?.users.length
    ? joinHtml(record.mfa.users.map((u) => markup`${userHtml(u.user, links)} (${u.via})`))
    : markup``
  return markup`<tr
    data-environment="${record.environment}"
    data-operation="${record.operation}"
    data-result="${record.result}"
    class="${record.result}"
  >
    <td>${timeHtml(record.time)}</td>
    <td>${record.environment}</td>
    <td>${record.operation}</td>
    <td>${record.package?.version ?? '—'}</td>
    <td class="result nowrap">
      <span aria-hidden="true">${record.result === 'success' ? '✓ ' : '✗ '}</span>${result}
    </td>
    <td>${userHtml(record.actor, links)}</td>
    <td>${joinHtml(record.approvers.map((a) => userHtml(a, links)))}</td>
    <td>${mfa}</td>
    <td class="nowrap">${formatDuration(record.durationMs)}</td>
    <td>${record.stories.length || ''}</td>
    <td>
      ${record.error ? errorHtml(record.error) : ''}${runLinkHtml(record.runUrl)}
    </td>
  </tr> `
}

/** The activity log, newest first, with filters by environment, operation and result. */
export function historyHtml(
  history: readonly ActivityRecord[],
  environments: readonly string[],
  links: LinkContext
): Html {
  const shown = history.slice(0, HISTORY_ROWS)
  const operations = [...new Set(history.map((r) => r.operation))].sort()
  return markup`<section id="history" aria-labelledby="history-title">
    <h2 id="history-title">History</h2>
    <p class="lead">
      Every operation on every environment, newest
      first${history.length > shown.length ? markup` (the latest ${shown.length} of ${history.length})` : ''}.
    </p>
    <form class="filters" id="history-filters" hidden>
      <div>${select('filter-environment', 'Environment', 'every environment', environments)}</div>
      <div>${select('filter-operation', 'Operation', 'every operation', operations)}</div>
      <div>${select('filter-result', 'Result', 'any result', ['success', 'failure'])}</div>
    </form>
    <p id="history-count" role="status" aria-live="polite">${plural(shown.length, 'operation')}</p>
    ${
      shown.length
        ? markup`<div class="scroll" role="region" aria-labelledby="history-caption" tabindex="0">
            <table class="history">
              <caption id="history-caption" class="visually-hidden">
                Activity log
              </caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Environment</th>
                  <th scope="col">Operation</th>
                  <th scope="col">Package</th>
                  <th scope="col">Result</th>
                  <th scope="col">By</th>
                  <th scope="col">Approved by</th>
                  <th scope="col">Two-factor</th>
                  <th scope="col">Took</th>
                  <th scope="col">Stories</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map((r) => row(r, links))}
              </tbody>
            </table>
          </div>`
        : markup`<p>No operation has been recorded yet.</p>`
    }
  </section>`
}
