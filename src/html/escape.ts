/**
 * HTML built from untrusted text (commit messages, story IDs, user names, error messages): every
 * interpolated value is escaped unless it is already markup made by this module, so a template
 * cannot forget to escape.
 */

/** Markup that is already safe: made by `markup` from escaped values, or by `trusted` from constants. */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup
  }
}

/** What a template may interpolate: text is escaped, markup and lists of markup are joined. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[]

// C0/C1 controls other than tab and line breaks, and the bidirectional overrides and isolates that
// make text read differently from what it is ("Trojan Source"): none of them belongs on a page.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;'
}

/** Text as HTML that shows exactly that text, in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Html) return value.markup
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('')
  return escapeHtml(String(value))
}

/** Tagged template: `markup\`<td>${name}</td>\`` escapes `name` unless it is Html already. */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!
  return new Html(out)
}

/** Markup written in this program's source (a stylesheet, an icon): never text from a record. */
export function trusted(markup: string): Html {
  return new Html(markup)
}

/** Items joined by a separator, each escaped unless it is markup. */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue = ', '): Html {
  const parts: string[] = []
  for (const item of items) {
    const text = render(item)
    if (text) parts.push(text)
  }
  return new Html(parts.join(render(separator)))
}

/**
 * A URL that may go into an `href`: absolute http(s) only (a record's `javascript:` or `data:` URL
 * never becomes a link), with no blanks or control characters. Undefined otherwise.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s"'<>`\\]+$/i.test(url)) return undefined
  try {
    return new URL(url).href
  } catch {
    return undefined
  }
}

/** A link whose text is escaped; the text alone when the URL is not safe. */
export function htmlLink(text: HtmlValue, url: string | null | undefined): Html {
  const href = safeHref(url)
  return href ? markup`<a href="${href}">${text}</a>` : markup`${text}`
}
