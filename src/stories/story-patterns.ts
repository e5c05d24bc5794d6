import { ConfigurationError, errorMessage } from '../errors.js'

/** A story pattern as mxdeploy.yml's traceability.patterns gives it. */
export interface StoryPatternConfig {
  name?: string
  /** Absent: the regex of the default pattern called `name`. */
  regex?: string
  url?: string
}

/** A story pattern ready to run: a global, multi-line regex and an optional link template. */
export interface StoryPattern {
  name: string
  regex: RegExp
  /** Link template: `{id}`, a named group of the regex, or `{server}`/`{repository}`. */
  url: string | undefined
  /** Text every match contains: a message without it is skipped without running the regex. */
  requires?: string
  /**
   * The default pattern whose regex this is (its own regex not overridden): such patterns can be
   * read by `BuiltinStoryScanner` from a message's bytes, which gives the same stories.
   */
  builtin?: BuiltinPatternName
}

/** Names of the default patterns. */
export type BuiltinPatternName = 'jira' | 'azure-boards' | 'github' | 'trailer'

/** What link templates may use besides the match: the GitHub server and the current repository. */
export interface LinkContext {
  /** Such as https://github.com (GITHUB_SERVER_URL). */
  server?: string
  /** owner/name of the repository the commits come from (GITHUB_REPOSITORY). */
  repository?: string
}

/**
 * Prefixes of well-known standards and encodings that look like Jira keys but are not stories:
 * UTF-8, SHA-256, CRC-32, ISO-8601, RFC-7231, CVE-2024-1234, UTC-5, COVID-19...
 */
export const NOT_JIRA_KEYS = [
  'AES',
  'CP',
  'CRC',
  'CVE',
  'CWE',
  'COVID',
  'ECMA',
  'GMT',
  'HTTP',
  'IEC',
  'ISO',
  'JSR',
  'MD',
  'PEP',
  'RFC',
  'RSA',
  'SHA',
  'SSL',
  'TLS',
  'UCS',
  'UTC',
  'UTF',
  'WIN'
] as const

/** The patterns used when mxdeploy.yml lists none, in the order their IDs are reported. */
export const DEFAULT_STORY_PATTERNS: readonly (StoryPatternConfig & {
  name: BuiltinPatternName
  requires: string
})[] = [
  {
    // PROJ-123: a letter, then letters, digits or "_" (2+ in all), a dash and a number that does
    // not start with 0. Not inside a word or a longer dashed token (CVE-2024-1234), not a version.
    name: 'jira',
    requires: '-',
    regex: `(?<![\\w-])(?!(?:${NOT_JIRA_KEYS.join('|')})-)[A-Z][A-Z0-9_]+-[1-9][0-9]*(?![\\w]|-[0-9]|\\.[0-9])`
  },
  {
    name: 'azure-boards',
    requires: 'AB#',
    regex: '(?<![\\w-])(?<id>AB#(?<number>[1-9][0-9]*))(?!\\w)'
  },
  {
    // #123 and owner/repo#123, as GitHub links them; not foo#123 or &#123;.
    name: 'github',
    requires: '#',
    regex:
      '(?<![\\w.\\-/#&])(?<id>(?<repository>[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+)?#(?<number>[1-9][0-9]*))(?!\\w)',
    url: '{server}/{repository}/issues/{number}'
  },
  {
    // Trailer lines: "Story: 123", "Stories: 12, 34", "Related stories: ABC-1 ABC-2".
    name: 'trailer',
    requires: 'tor',
    regex: '^[ \\t]*(?:[Ss]tor(?:y|ies)|[Rr]elated[ -][Ss]tor(?:y|ies))[ \\t]*:[ \\t]*(?<ids>.*)$'
  }
]

const CONTEXT_KEYS = new Set(['server', 'repository'])

function describe(index: number, name: string | undefined): string {
  return `traceability.patterns[${index}]${name ? ` ("${name}")` : ''}`
}

function checkUrl(template: string, regex: RegExp, where: string): void {
  if (!/^(https?:\/\/|\{server\})/.test(template)) {
    throw new ConfigurationError(
      `${where}: url "${template}" must start with http:// or https:// (or {server}), such as https://jira.example.com/browse/{id}`
    )
  }
  const groups = new Set(
    [...regex.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((match) => match[1])
  )
  for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
    if (name === 'id' || CONTEXT_KEYS.has(name!) || groups.has(name)) continue
    throw new ConfigurationError(
      `${where}: url "${template}" uses {${name}}, which is neither {id}, {server}, {repository} nor a named group of the regex`
    )
  }
}

function compile(config: StoryPatternConfig, index: number, source: string): StoryPattern {
  const fallback = DEFAULT_STORY_PATTERNS.find((p) => p.name === config.name)
  const where = `${source}${describe(index, config.name)}`
  const text = config.regex ?? fallback?.regex
  if (text === undefined) {
    const names = DEFAULT_STORY_PATTERNS.map((p) => p.name).join(', ')
    throw new ConfigurationError(
      `${where} has no regex: add one, or name a default pattern (${names}) to use its regex`
    )
  }
  let regex: RegExp
  try {
    regex = new RegExp(text, 'gm')
  } catch (error) {
    throw new ConfigurationError(
      `${where}: regex ${JSON.stringify(text)} is not valid: ${errorMessage(error).replace(/^Invalid regular expression: /, '')}`
    )
  }
  if (regex.test('')) {
    throw new ConfigurationError(
      `${where}: regex ${JSON.stringify(text)} matches the empty string, so it would find an ID everywhere; make it match at least one character`
    )
  }
  regex.lastIndex = 0
  const url = config.url ?? (config.regex === undefined ? fallback?.url : undefined)
  if (url !== undefined) checkUrl(url, regex, where)
  const builtin = config.regex === undefined ? fallback : undefined
  return {
    name: config.name ?? `pattern-${index + 1}`,
    regex,
    url,
    ...(builtin ? { requires: builtin.requires, builtin: builtin.name } : {})
  }
}

/**
 * Compiles the patterns of `traceability.patterns` (or the defaults when undefined). A bad regex
 * or link template is a ConfigurationError that names the pattern; `source` prefixes messages.
 */
export function compileStoryPatterns(
  configured: readonly StoryPatternConfig[] | undefined,
  source = ''
): StoryPattern[] {
  const list = configured ?? DEFAULT_STORY_PATTERNS.map(({ name }) => ({ name }))
  const prefix = source ? `${source}: ` : ''
  return list.map((config, index) => compile(config, index, prefix))
}

type TemplatePart = string | { name: string }
const templates = new Map<string, TemplatePart[]>()

// Templates are split into parts once: links are built for every ID of every commit.
function templateParts(template: string): TemplatePart[] {
  let parts = templates.get(template)
  if (parts === undefined) {
    parts = template
      .split(/(\{[^}]*\})/)
      .filter((part) => part !== '')
      .map((part) => (/^\{[^}]*\}$/.test(part) ? { name: part.slice(1, -1) } : part))
    templates.set(template, parts)
  }
  return parts
}

function placeholder(
  name: string,
  id: string,
  groups: Record<string, string | undefined> | undefined,
  context: LinkContext
): string | undefined {
  if (name === 'id') return id
  const value = groups?.[name]
  if (value !== undefined) return value
  if (name === 'server') return context.server ?? 'https://github.com'
  return name === 'repository' ? context.repository : undefined
}

/** The link of one ID, or undefined when the pattern has no url or a placeholder has no value. */
export function storyUrl(
  template: string | undefined,
  id: string,
  groups: Record<string, string | undefined> | undefined,
  context: LinkContext
): string | undefined {
  if (template === undefined) return undefined
  let url = ''
  for (const part of templateParts(template)) {
    if (typeof part === 'string') {
      url += part
      continue
    }
    const value = placeholder(part.name, id, groups, context)
    if (value === undefined || value === '') return undefined
    // server is a URL prefix; every other value is one path part (owner/repo keeps its slash).
    url +=
      part.name === 'server' && groups?.['server'] === undefined
        ? value.replace(/\/+$/, '')
        : encodeURIComponent(value).replace(/%2F/g, '/')
  }
  return /^https?:\/\/[^\s]+$/.test(url) ? url : undefined
}
