import type { LinkContext } from '../stories/story-patterns.js'
import { markdownLink, markdownText, safeUrl } from '../text/escape.js'

const HEX = /^[0-9a-f]{4,64}$/i
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/

/** A commit SHA as inline code, linked to the commit when the repository is known. */
export function commitRef(sha: string, links: LinkContext = {}, length = 7): string {
  if (!HEX.test(sha)) return markdownText(sha, 16)
  const short = `\`${sha.slice(0, length)}\``
  const url = links.repository
    ? safeUrl(
        `${(links.server ?? 'https://github.com').replace(/\/+$/, '')}/${links.repository}/commit/${sha}`
      )
    : undefined
  return url ? `[${short}](${url})` : short
}

/**
 * A GitHub user by login, linked to the profile without an @mention, so rendering it notifies
 * nobody; anything that is not a plain login is escaped text.
 */
export function userRef(login: string, links: LinkContext = {}): string {
  if (!LOGIN.test(login)) return markdownText(login, 60)
  return markdownLink(
    login,
    `${(links.server ?? 'https://github.com').replace(/\/+$/, '')}/${login}`
  )
}

/** An ISO 8601 time as `2024-05-01 12:34 UTC`, the same on every machine. */
export function formatTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return markdownText(iso, 40)
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** A duration in milliseconds as people read it: 850 ms, 42 s, 3 min 5 s. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`
}

/** A markdown table from cells that are already markdown (escaped). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A whole number with thousands separated by commas, the same on every machine. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `1 commit`, `12 commits`, `1,234 commits`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`
}
