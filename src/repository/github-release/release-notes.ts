import { ConfigurationError } from '../../errors.js'
import { markdownLink, markdownText } from '../../text/escape.js'
import type { PackageRecord } from '../package-repository.js'
import { checkRecord } from '../record-shape.js'
import { extractStories } from '../../stories/extract-stories.js'
import type { LinkContext, StoryPattern } from '../../stories/story-patterns.js'

/** Opens the machine-readable block: an HTML comment, so it does not show on the release page. */
const BLOCK_START = '<!-- mxdeploy:package v1'
// The JSON is one line; a body edited on github.com comes back with CRLF line ends.
const BLOCK = /<!-- mxdeploy:package v1\r?\n([^\r\n]*)\r?\n-->/

/** Stories shown as a list; every one is in the record block whatever the count. */
const SHOWN_STORIES = 100

export interface NotesContext {
  /** The patterns story IDs are matched against to find their links. */
  patterns: readonly StoryPattern[]
  /** Server and repository for `{server}`/`{repository}` links, and commit links. */
  links: LinkContext
}

/** The release of a package: `<app>-v<version>`. */
export function releaseTag(app: string, version: string): string {
  return `${app}-v${version}`
}

/** The link of a story ID, from the first pattern that matches the whole ID and has a url. */
function storyLink(id: string, context: NotesContext): string | undefined {
  const ref = extractStories(id, context.patterns, context.links).find((r) => r.id === id)
  return ref?.url ?? undefined
}

function commitLine(commit: string | null, links: LinkContext): string {
  if (!commit) return 'unknown'
  if (!/^[0-9a-f]{7,64}$/.test(commit)) return markdownText(commit, 80)
  const server = links.server ?? 'https://github.com'
  const url = links.repository ? `${server}/${links.repository}/commit/${commit}` : undefined
  return markdownLink(commit.slice(0, 12), url)
}

/**
 * The record as one line of JSON inside an HTML comment. `<`, `>` and the line separators that
 * JSON leaves raw are written as escapes, so no text from a commit can close the comment, open
 * HTML or break the line.
 */
function recordBlock(record: PackageRecord): string {
  const json = JSON.stringify(record).replace(
    /[<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return `${BLOCK_START}\n${json}\n-->`
}

/**
 * The notes of a package's release: its facts and stories as plain lists (untrusted text
 * escaped, stories linked where a pattern gives a link), then the record for `list` and `get`.
 */
export function releaseNotes(record: PackageRecord, context: NotesContext): string {
  const size = `${record.size.toLocaleString('en-US')} bytes`
  const facts = [
    ['Version', markdownText(record.version)],
    ['SHA-256', `\`${record.sha256}\``],
    ['Size', size],
    ['Runtime version', markdownText(record.runtimeVersion, 40)],
    ['Model version', markdownText(record.modelVersion, 40)],
    ['Commit', commitLine(record.commit, context.links)],
    ['Branch', record.branch ? markdownText(record.branch, 200) : 'unknown'],
    ['Created by', markdownText(record.createdBy, 100)],
    ['Created at', markdownText(record.createdAt)]
  ]
  const lines = [
    `Mendix deployment package ${markdownText(record.app)} ${markdownText(record.version)}, published by mxdeploy.`,
    '',
    ...facts.map(([name, value]) => `- **${name}:** ${value}`),
    '',
    `### Stories (${record.stories.length})`,
    ''
  ]
  if (record.stories.length === 0) lines.push('None named.')
  for (const id of record.stories.slice(0, SHOWN_STORIES)) {
    lines.push(`- ${markdownLink(id, storyLink(id, context), 100)}`)
  }
  if (record.stories.length > SHOWN_STORIES) {
    lines.push(`- … and ${record.stories.length - SHOWN_STORIES} more`)
  }
  lines.push('', recordBlock(record), '')
  return lines.join('\n')
}

/**
 * The record kept in a release's notes, or undefined when the notes hold none (a release that
 * mxdeploy did not make). A block that is there but damaged is a ConfigurationError.
 */
export function recordFromNotes(
  body: string | null | undefined,
  tag: string
): PackageRecord | undefined {
  const match = BLOCK.exec(body ?? '')
  if (!match) return undefined
  let value: unknown
  try {
    value = JSON.parse(match[1]!)
  } catch (error) {
    throw new ConfigurationError(
      `release ${tag}: the package record in its notes is not JSON (${(error as Error).message}); it was edited by hand`
    )
  }
  return checkRecord(value, `release ${tag}: the package record in its notes`)
}
