import { execFileSync, spawnSync } from 'node:child_process'

/**
 * cmark-gfm, the renderer GitHub itself builds on (Debian package cmark-gfm), with GitHub's
 * extensions. Raw HTML is let through (--unsafe) so that any that got in shows up in the output.
 */
export const hasCmarkGfm = spawnSync('cmark-gfm', ['--version']).status === 0

export function renderGfm(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tasklist'],
    { input: markdown, encoding: 'utf8' }
  )
}

/** The tags of rendered HTML, as `<name` (closing tags as `</name`). */
export function tagNames(html: string): string[] {
  return [...html.matchAll(/<\/?[a-zA-Z][a-zA-Z0-9]*/g)].map((m) => m[0])
}

/** The text a reader sees: tags dropped, entities decoded, zero-width spaces removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
      name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'"
    )
    .replace(/\u200b/g, '')
    .trim()
}
