import { markup, joinHtml, type Html } from '../../html/escape.js'
import type { LinkContext } from '../../stories/story-patterns.js'
import type { EnvironmentColumn, PackagePlace, PackageRow, PendingPromotion } from '../model.js'
import { commitHtml, plural, sha256Html, storyHtml, timeHtml, userHtml } from './format.js'

const PLACE: Record<PackagePlace, [string, string]> = {
  running: ['▶', 'running'],
  ran: ['✓', 'ran before'],
  eligible: ['→', 'can go next'],
  none: ['', '—']
}

function protection(pending: PendingPromotion): string {
  const needs = pending.protectedBy.map((p) => (p === 'reviewers' ? 'approval' : 'a second factor'))
  return needs.length ? `needs ${needs.join(' and ')}` : 'no approval needed'
}

function pendingHtml(pending: PendingPromotion, index: number, links: LinkContext): Html {
  const id = `pending-${index}`
  const commits = pending.commits === null ? '' : `, ${plural(pending.commits, 'commit')}`
  return markup`<article
    class="pending"
    data-from="${pending.from}"
    data-to="${pending.to}"
    aria-labelledby="${id}"
  >
    <h3 id="${id}">
      <span class="version">${pending.version}</span>
      <span class="route"
        >${pending.from} <span aria-hidden="true">→</span
        ><span class="visually-hidden">to</span> ${pending.to}</span
      >
    </h3>
    <p>
      ${pending.replaces ? markup`Replaces ${pending.replaces}` : 'First deployment'} ·
      ${protection(pending)} · commit ${commitHtml(pending.commit, links)},
      ${sha256Html(pending.sha256)}
    </p>
    <h4>Stories it would bring to ${pending.to} (${pending.stories.length}${commits})</h4>
    ${
      pending.stories.length
        ? markup`<ul class="story-list">
            ${pending.stories.map((s) => markup`<li>${storyHtml(s)}</li>`)}
          </ul>`
        : markup`<p>None named.</p>`
    }
    ${pending.note ? markup`<p class="note">${pending.note}</p>` : ''}
  </article>`
}

function placeCell(place: PackagePlace): Html {
  const [symbol, text] = PLACE[place]
  return markup`<td class="place ${place}">
    ${symbol ? markup`<span aria-hidden="true">${symbol} </span>` : ''}${text}
  </td>`
}

function packagesTable(
  rows: readonly PackageRow[],
  columns: readonly EnvironmentColumn[],
  links: LinkContext
): Html {
  if (!rows.length) return markup`<p>The package repository holds no package of this app yet.</p>`
  return markup`<div class="scroll" role="region" aria-labelledby="packages-title" tabindex="0">
    <table class="packages">
      <caption id="packages-title">
        Packages, newest first, and where each has been
      </caption>
      <thead>
        <tr>
          <th scope="col">Package</th>
          <th scope="col">Published</th>
          <th scope="col">Commit</th>
          <th scope="col">Runtime</th>
          ${columns.map((c) => markup`<th scope="col">${c.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            markup`<tr data-version="${row.version}">
              <th scope="row">${row.version}</th>
              <td>${timeHtml(row.createdAt)} by ${userHtml(row.createdBy, links)}</td>
              <td>${commitHtml(row.commit, links)}</td>
              <td>${row.runtimeVersion}</td>
              ${row.places.map(placeCell)}
            </tr> `
        )}
      </tbody>
    </table>
  </div>`
}

/** Pending promotions with their stories, then every package and where it has been. */
export function promotionHtml(
  pending: readonly PendingPromotion[],
  rows: readonly PackageRow[],
  columns: readonly EnvironmentColumn[],
  links: LinkContext
): Html {
  return markup`<section id="promotion" aria-labelledby="promotion-title">
    <h2 id="promotion-title">Promotion</h2>
    <p class="lead">
      What the next environment would get: the package the environment before it runs, and the
      stories of the commits since the next one's last deployment.
    </p>
    ${
      pending.length
        ? markup`<div class="pending-list">${pending.map((p, i) => pendingHtml(p, i, links))}</div>`
        : markup`<p>Nothing waits: every environment runs what the one before it runs.</p>`
    }
    ${packagesTable(rows, columns, links)}
    <p class="legend">
      ${joinHtml(
        (['running', 'ran', 'eligible'] as const).map(
          (place) =>
            markup`<span class="place ${place}">${PLACE[place][0]} ${PLACE[place][1]}</span>`
        ),
        ' · '
      )}
    </p>
  </section>`
}
