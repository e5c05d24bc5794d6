/**
 * Untrusted text (commit messages, story IDs, names) made safe for logs and for GitHub-flavoured
 * markdown: no HTML, no markdown structure, no @mentions, issue references or autolinks.
 */

const ZWSP = '\u200b'

// C0/C1 controls (terminal escapes among them) and the bidirectional overrides and isolates
// that make text read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g

/** Cuts text to at most `max` characters (code points), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  // Walk code points (a surrogate pair is one character) to where the cut goes.
  let index = 0
  let points = 0
  let cutAt = 0
  while (index < text.length) {
    if (points === max - 1) cutAt = index
    const code = text.charCodeAt(index)
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
    points++
    if (points > max) return `${text.slice(0, cutAt)}…`
  }
  return text
}

/** One line of plain text: controls removed, line breaks and tabs as spaces, at most `max` characters. */
export function plainText(text: string, max = Infinity): string {
  const line = text.replace(CONTROLS, '').replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim()
  return max === Infinity ? line : truncate(line, max)
}

/**
 * Untrusted text for a log line (plainText) that a runner cannot read as a workflow command:
 * `::` at the start of the line and the older `##[command]` form anywhere get a zero-width space.
 */
export function logText(text: string, max = Infinity): string {
  return plainText(text, max).replace(/##\[/g, `#${ZWSP}#[`).replace(/^::/, `:${ZWSP}:`)
}

// Every ASCII punctuation character that starts markdown structure is backslash-escaped (GFM
// honours `\|` inside table cells too); `<`, `>` and `&` become entities, so no HTML and no
// entity reaches the renderer. GitHub links @user, @org/team, #123, GH-123 and bare URLs after
// rendering, on the text itself, so escapes don't stop those: a zero-width space breaks them.
const SPECIAL = /[\\`*_{}[\]()+\-.!|~^=$&<>@]|#(\d)?|\bGH-(?=\d)|:\/\/|\bwww\./gi
const REPLACEMENT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${ZWSP}`,
  '#': '\\#',
  '://': `:${ZWSP}//`
}

function escapeMatch(match: string, digit: string | undefined): string {
  if (digit !== undefined) return `\\#${ZWSP}${digit}`
  const fixed = REPLACEMENT[match]
  if (fixed !== undefined) return fixed
  if (match.length === 3) return `${match.slice(0, 2)}\\-${ZWSP}` // GH-
  if (match.length === 4) return `${match.slice(0, 3)}${ZWSP}\\.` // www.
  return `\\${match}`
}

/**
 * Untrusted text as one line of markdown that renders as exactly that text, also inside a table
 * cell: nothing in it can format, link, embed HTML, mention (`@user`) or reference (`#123`).
 */
export function markdownText(text: string, max = Infinity): string {
  return plainText(text, max).replace(SPECIAL, escapeMatch)
}

/** A URL that is safe in a markdown link target: http(s) only, with no blanks, quotes or brackets. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined
  return url.replace(/[()<>"'`\\[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** A markdown link whose text is escaped; plain escaped text when the URL is not safe. */
export function markdownLink(text: string, url: string | null | undefined, max = Infinity): string {
  const label = markdownText(text, max)
  const target = safeUrl(url)
  return target ? `[${label}](${target})` : label
}
