import { markup, type Html } from '../../html/escape.js'

/**
 * Charts as inline SVG: no charting library, no script. Shapes get classes, so the page's
 * stylesheet colours them for light and dark; each chart has a title and a description for screen
 * readers, and the page puts its numbers in a table beside it.
 */

const WIDTH = 480
const LEFT = 96
const RIGHT = 16

/** A number with at most one decimal, the same on every machine. */
export function short(n: number): string {
  const rounded = Math.round(n * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

function frame(id: string, title: string, description: string, height: number, body: Html): Html {
  return markup`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    preserveAspectRatio="xMinYMin meet"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${description}</desc>
    ${body}
  </svg>`
}

export interface SmallMultiple {
  label: string
  values: number[]
}

/**
 * One row of bars per series on a shared scale (deployments per week per environment): no colour
 * is needed to tell the series apart. `ticks` label the columns below the last row.
 */
export function barRows(
  id: string,
  title: string,
  description: string,
  rows: readonly SmallMultiple[],
  ticks: readonly string[]
): Html {
  const rowHeight = 56
  const columns = Math.max(1, ticks.length)
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const step = (WIDTH - LEFT - RIGHT) / columns
  const barWidth = Math.max(2, step * 0.7)
  const height = rows.length * rowHeight + 28
  const every = Math.ceil(columns / 8)
  const body = markup`${rows.map((row, r) => {
    const base = (r + 1) * rowHeight - 8
    return markup`<g class="series">
      <text class="label" x="${LEFT - 8}" y="${base - 4}" text-anchor="end">${row.label}</text>
      <line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${base}" y2="${base}" />
      ${row.values.map((value, c) => {
        if (!value) return ''
        const h = (value / max) * (rowHeight - 22)
        const x = LEFT + c * step + (step - barWidth) / 2
        return markup`<rect
            class="bar"
            x="${short(x)}"
            y="${short(base - h)}"
            width="${short(barWidth)}"
            height="${short(h)}"
            ><title>${row.label}, week of ${ticks[c] ?? ''}: ${value}</title></rect
          ><text
            class="value"
            x="${short(x + barWidth / 2)}"
            y="${short(base - h - 3)}"
            text-anchor="middle"
            >${value}</text
          >`
      })}
    </g>`
  })}
  ${ticks.map((tick, c) =>
    c % every === 0
      ? markup`<text
          class="tick"
          x="${short(LEFT + c * step + step / 2)}"
          y="${height - 8}"
          text-anchor="middle"
          >${tick.slice(5)}</text
        >`
      : ''
  )}`
  return frame(id, title, description, height, body)
}

export interface Bar {
  label: string
  value: number
  /** Shown beside the bar. */
  text: string
  bad?: boolean
}

/** Horizontal bars from 0 to `max` (change failure rate per environment). */
export function horizontalBars(
  id: string,
  title: string,
  description: string,
  bars: readonly Bar[],
  max: number
): Html {
  const rowHeight = 34
  const height = Math.max(1, bars.length) * rowHeight + 8
  const span = WIDTH - LEFT - RIGHT - 120
  const body = markup`${bars.map((bar, i) => {
    const y = i * rowHeight + 8
    const w = max > 0 ? (Math.min(bar.value, max) / max) * span : 0
    return markup`<text class="label" x="${LEFT - 8}" y="${y + 17}" text-anchor="end"
        >${bar.label}</text
      >
      <rect class="track" x="${LEFT}" y="${y + 4}" width="${span}" height="18" />
      <rect
        class="bar${bar.bad ? ' bad' : ''}"
        x="${LEFT}"
        y="${y + 4}"
        width="${short(w)}"
        height="18"
      />
      <text class="value" x="${short(LEFT + span + 8)}" y="${y + 17}">${bar.text}</text>`
  })}`
  return frame(id, title, description, height, body)
}

/** Vertical bars in order with a dashed reference line (lead time per deployment, its median). */
export function columnsWithLine(
  id: string,
  title: string,
  description: string,
  bars: readonly Bar[],
  line: { value: number; text: string } | null,
  unit: string
): Html {
  const height = 220
  const top = 16
  const base = height - 36
  const max = Math.max(1e-9, line?.value ?? 0, ...bars.map((b) => b.value))
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.length)
  const barWidth = Math.min(48, Math.max(2, step * 0.7))
  const y = (value: number): number => base - (value / max) * (base - top)
  const body = markup`<text class="label" x="${LEFT - 8}" y="${top + 4}" text-anchor="end"
      >${short(max)} ${unit}</text
    >
    <text class="label" x="${LEFT - 8}" y="${base}" text-anchor="end">0</text>
    <line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${base}" y2="${base}" />
    ${bars.map((bar, i) => {
      const x = LEFT + i * step + (step - barWidth) / 2
      return markup`<rect
          class="bar"
          x="${short(x)}"
          y="${short(y(bar.value))}"
          width="${short(barWidth)}"
          height="${short(base - y(bar.value))}"
          ><title>${bar.label}: ${bar.text}</title></rect
        >${bars.length <= 12 ? markup`<text class="tick" x="${short(x + barWidth / 2)}" y="${base + 16}" text-anchor="middle">${bar.label}</text>` : ''}`
    })}
    ${line ? markup`<line class="reference" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${short(y(line.value))}" y2="${short(y(line.value))}" /><text class="value" x="${WIDTH - RIGHT}" y="${short(y(line.value) - 5)}" text-anchor="end">${line.text}</text>` : ''}`
  return frame(id, title, description, height, body)
}
