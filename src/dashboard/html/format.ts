import { markup, htmlLink, safeHref, type Html } from '../../html/escape.js'
import type { LinkContext } from '../../stories/story-patterns.js'
import type { StoryLink } from '../model.js'

const HEX = /^[0-9a-f]{7,64}$/i
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/

/** An ISO 8601 time as `2024-05-01 12:34 UTC`, the same on every machine, in a `<time>`. */
export function timeHtml(iso: string): Html {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return markup`${iso}`
  const text = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  return markup`<time datetime="${date.toISOString()}">${text}</time>`
}

function server(links: LinkContext): string {
  return (links.server ?? 'https://github.com').replace(/\/+$/, '')
}

/** A commit as its first 7 characters in `<code>`, linked when the repository is known. */
export function commitHtml(sha: string | null, links: LinkContext): Html {
  if (!sha) return markup`—`
  if (!HEX.test(sha)) return markup`<code>${sha.slice(0, 16)}</code>`
  const code = markup`<code>${sha.slice(0, 7)}</code>`
  return links.repository
    ? htmlLink(code, `${server(links)}/${links.repository}/commit/${sha}`)
    : code
}

/** A SHA-256 as its first 12 characters, the whole in the title. */
export function sha256Html(sha256: string): Html {
  return markup`<code title="sha256 ${sha256}">${sha256.slice(0, 12)}</code>`
}

/** A GitHub login linked to its profile when links point to GitHub; anything else as text. */
export function userHtml(login: string, links: LinkContext): Html {
  if (!links.repository || !LOGIN.test(login)) return markup`${login}`
  return htmlLink(login, `${server(links)}/${login}`)
}

/** A story ID, linked to its tracker when its pattern gives a link. */
export function storyHtml(story: StoryLink): Html {
  return htmlLink(story.id, story.url)
}

/** A link to a workflow run, or nothing. */
export function runLinkHtml(url: string | null, text = 'run'): Html {
  return safeHref(url) ? htmlLink(text, url) : markup``
}

/** The first line of an error message, at most `max` characters. */
export function firstLine(text: string, max = 200): string {
  const line = text.split('\n')[0]!.trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** `1 story`, `12 stories`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
