import { markup, type Html } from '../../html/escape.js'
import type { DoraMetrics } from '../model.js'
import { barRows, columnsWithLine, horizontalBars, short } from './charts-svg.js'
import { plural } from './format.js'

/** Hours as people read them: 45 min, 5.5 h, 3.2 days. */
export function durationText(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`
  if (hours < 48) return `${short(hours)} h`
  return `${short(hours / 24)} days`
}

function dataTable(caption: string, header: readonly string[], rows: readonly string[][]): Html {
  return markup`<details>
    <summary>${caption}: the numbers</summary>
    <div class="scroll" role="region" aria-label="${caption}" tabindex="0">
      <table>
        <thead>
          <tr>
            ${header.map((h) => markup`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              markup`<tr>
                ${row.map((cell, i) => (i === 0 ? markup`<th scope="row">${cell}</th>` : markup`<td>${cell}</td>`))}
              </tr>`
          )}
        </tbody>
      </table>
    </div>
  </details>`
}

function weekly(metrics: DoraMetrics): Html {
  const total = metrics.deploymentsPerWeek.reduce(
    (n, s) => n + s.counts.reduce((a, b) => a + b, 0),
    0
  )
  return markup`<figure aria-labelledby="chart-weekly-caption">
    <figcaption id="chart-weekly-caption">
      Deployments per week (successful deploys and rollbacks)
    </figcaption>
    ${barRows(
      'chart-weekly',
      'Deployments per week per environment',
      `${plural(total, 'deployment')} in the ${metrics.weeks.length} weeks from ${metrics.weeks[0] ?? ''}`,
      metrics.deploymentsPerWeek.map((s) => ({ label: s.environment, values: s.counts })),
      metrics.weeks
    )}
    ${dataTable(
      'Deployments per week',
      ['Week of', ...metrics.deploymentsPerWeek.map((s) => s.environment)],
      metrics.weeks.map((week, i) => [
        week,
        ...metrics.deploymentsPerWeek.map((s) => String(s.counts[i] ?? 0))
      ])
    )}
  </figure>`
}

function leadTime(metrics: DoraMetrics): Html {
  const lead = metrics.leadTime
  const where = lead.environment ?? 'production'
  const left = lead.unknown
    ? ` ${plural(lead.unknown, 'deployment')} whose commit time is not known are left out.`
    : ''
  if (!lead.points.length) {
    return markup`<figure>
      <figcaption>Lead time from commit to ${where}</figcaption>
      <p>No deployment to ${where} with a known commit time yet.${left}</p>
    </figure>`
  }
  const median = lead.medianHours!
  return markup`<figure aria-labelledby="chart-lead-caption">
    <figcaption id="chart-lead-caption">
      Lead time from commit to ${where}: median <strong>${durationText(median)}</strong> over
      ${plural(lead.points.length, 'deployment')}.${left}
    </figcaption>
    ${columnsWithLine(
      'chart-lead',
      `Lead time from commit to ${where}`,
      `Hours from each package's commit to its deployment to ${where}; median ${durationText(median)}`,
      lead.points.map((p) => ({ label: p.version, value: p.hours, text: durationText(p.hours) })),
      { value: median, text: `median ${durationText(median)}` },
      'h'
    )}
    ${dataTable(
      'Lead time',
      ['Package', 'Deployed', 'Lead time'],
      lead.points.map((p) => [
        p.version,
        p.time.slice(0, 16).replace('T', ' '),
        durationText(p.hours)
      ])
    )}
  </figure>`
}

function failureRate(metrics: DoraMetrics): Html {
  const rates = metrics.changeFailure
  return markup`<figure aria-labelledby="chart-failure-caption">
    <figcaption id="chart-failure-caption">
      Change failure rate: deploys that failed, or succeeded and were rolled back
    </figcaption>
    ${horizontalBars(
      'chart-failure',
      'Change failure rate per environment',
      rates
        .map(
          (r) =>
            `${r.environment}: ${r.rate === null ? 'no deploys' : `${Math.round(r.rate * 100)}%`}`
        )
        .join('; '),
      rates.map((r) => ({
        label: r.environment,
        value: r.rate ?? 0,
        text:
          r.rate === null
            ? 'no deploys'
            : `${Math.round(r.rate * 100)}% (${r.failed + r.rolledBack} of ${r.attempts})`,
        bad: (r.rate ?? 0) > 0
      })),
      1
    )}
    ${dataTable(
      'Change failure rate',
      ['Environment', 'Deploys', 'Failed', 'Rolled back', 'Rate'],
      rates.map((r) => [
        r.environment,
        String(r.attempts),
        String(r.failed),
        String(r.rolledBack),
        r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`
      ])
    )}
  </figure>`
}

/** The DORA figures: deployment frequency, lead time for changes, change failure rate. */
export function metricsHtml(metrics: DoraMetrics): Html {
  return markup`<section id="metrics" aria-labelledby="metrics-title">
    <h2 id="metrics-title">Delivery metrics</h2>
    <p class="lead">The DORA figures, from the activity log.</p>
    <div class="charts">${weekly(metrics)} ${leadTime(metrics)} ${failureRate(metrics)}</div>
  </section>`
}
