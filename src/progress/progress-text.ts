// How progress reads: `uploading hello.mda  123 MB of 370 MB (33%), 45.6 MB/s, 6 s left`.
import { formatBytes } from '../text/bytes.js'

export { formatBytes }

/** Seconds as a short duration: 5 s, 2 min 5 s, 1 h 3 min. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`
  const minutes = Math.round(s / 60)
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`
}

export interface ProgressState {
  label: string
  done: number
  total: number | undefined
  /** Bytes per second lately; undefined until it can be told. */
  rate: number | undefined
}

/** One line of progress: what, how much of how much, the rate, and the time left when known. */
export function progressText({ label, done, total, rate }: ProgressState): string {
  const parts: string[] = []
  if (total !== undefined && total > 0) {
    const shown = Math.min(done, total)
    const percent = Math.floor((shown / total) * 100)
    parts.push(`${formatBytes(shown)} of ${formatBytes(total)} (${percent}%)`)
  } else {
    parts.push(formatBytes(done))
  }
  if (rate !== undefined && rate > 0) {
    parts.push(`${formatBytes(rate)}/s`)
    if (total !== undefined && total > done)
      parts.push(`${formatSeconds((total - done) / rate)} left`)
  }
  // A file name with a control character in it must not move the cursor.
  // eslint-disable-next-line no-control-regex
  return `${label.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')}  ${parts.join(', ')}`
}
