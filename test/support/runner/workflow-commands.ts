/**
 * Workflow commands (`::name key=value,key=value::data`) read from an action's output the way
 * the Actions runner reads them (ActionCommand.TryParseV2 in actions/runner): leading spaces
 * are ignored, only registered command names count, properties split on `,` then on the first
 * `=`, and `%0D %0A %25` (plus `%3A %2C` in properties) are unescaped case-sensitively.
 */

/** Command names the runner registers; any other `::x::` line is plain log text. */
export const REGISTERED_COMMANDS = new Set([
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands'
])

export type Stream = 'stdout' | 'stderr'

export interface WorkflowCommand {
  readonly name: string
  readonly properties: Readonly<Record<string, string>>
  readonly data: string
  readonly stream: Stream
  /** Line number (1-based) in its stream. */
  readonly line: number
}

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  readonly level: AnnotationLevel
  readonly message: string
  readonly file?: string
  readonly line?: number
  readonly endLine?: number
  readonly col?: number
  readonly endColumn?: number
  readonly title?: string
}

export interface ParsedLog {
  readonly commands: WorkflowCommand[]
  readonly annotations: Annotation[]
  readonly masks: string[]
  /** Lines that are not commands (what the log shows, before masking). */
  readonly lines: string[]
}

const DATA_ESCAPES: Record<string, string> = { '%0D': '\r', '%0A': '\n', '%25': '%' }
const PROPERTY_ESCAPES: Record<string, string> = { ...DATA_ESCAPES, '%3A': ':', '%2C': ',' }
const LEGACY_ESCAPES: Record<string, string> = { ...DATA_ESCAPES, '%3B': ';', '%5D': ']' }

// One pass, so an escaped `%25` followed by `0A` stays the literal text `%0A` (the runner's
// sequential replacements, with `%25` last, give the same result).
function unescape(text: string, escapes: Record<string, string>): string {
  return text.replace(/%(?:0D|0A|25|3A|2C|3B|5D)/g, (code) => escapes[code] ?? code)
}

/** Unescapes a command's data part (`%0D`, `%0A`, `%25`). */
export function unescapeData(text: string): string {
  return unescape(text, DATA_ESCAPES)
}

/** Unescapes a property value (`%0D`, `%0A`, `%3A`, `%2C`, `%25`). */
export function unescapeProperty(text: string): string {
  return unescape(text, PROPERTY_ESCAPES)
}

// Runner property parsing: split on the separator dropping empty parts, then on the first `=`;
// a pair with an empty key or value is dropped.
function parseProperties(
  text: string,
  separator: string,
  decode: (value: string) => string
): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of text.split(separator)) {
    const trimmedStart = pair.replace(/^=+/, '')
    const equals = trimmedStart.indexOf('=')
    if (equals <= 0) continue
    const value = trimmedStart.slice(equals + 1).replace(/^=+/, '')
    if (value === '') continue
    properties[trimmedStart.slice(0, equals)] = decode(value)
  }
  return properties
}

function registeredName(name: string, registered: ReadonlySet<string>): string | undefined {
  const lower = name.toLowerCase()
  return [...registered].find((r) => r.toLowerCase() === lower) === undefined ? undefined : lower
}

// `::name props::data`, after leading white space (ActionCommand.TryParseV2).
function parseV2(
  raw: string,
  registered: ReadonlySet<string>
): Pick<WorkflowCommand, 'name' | 'properties' | 'data'> | undefined {
  const text = raw.trimStart()
  if (!text.startsWith('::')) return undefined
  const end = text.indexOf('::', 2)
  if (end < 0) return undefined
  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const name = registeredName(space < 0 ? info : info.slice(0, space), registered)
  if (name === undefined) return undefined
  const properties =
    space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', unescapeProperty) : {}
  return { name, properties, data: unescapeData(text.slice(end + 2)) }
}

// The older `##[name key=value;key=value]data`, found anywhere in the line (ActionCommand.TryParse).
function parseV1(
  raw: string,
  registered: ReadonlySet<string>
): Pick<WorkflowCommand, 'name' | 'properties' | 'data'> | undefined {
  const start = raw.indexOf('##[')
  if (start < 0) return undefined
  const end = raw.indexOf(']', start)
  if (end < 0) return undefined
  const info = raw.slice(start + 3, end)
  const space = info.indexOf(' ')
  const name = registeredName(space < 0 ? info : info.slice(0, space), registered)
  if (name === undefined) return undefined
  const decode = (value: string): string => unescape(value, LEGACY_ESCAPES)
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', decode) : {}
  return { name, properties, data: decode(raw.slice(end + 1)) }
}

/**
 * Parses one line as a command (names are case-insensitive and given back in lower case), or
 * returns undefined when the runner would log it as text.
 */
export function parseCommandLine(
  raw: string,
  stream: Stream = 'stdout',
  line = 1,
  registered: ReadonlySet<string> = REGISTERED_COMMANDS
): WorkflowCommand | undefined {
  if (raw === '') return undefined
  const parsed = parseV2(raw, registered) ?? parseV1(raw, registered)
  return parsed && { ...parsed, stream, line }
}

// The runner looks annotation properties up case-insensitively.
function property(command: WorkflowCommand, key: string): string | undefined {
  const found = Object.keys(command.properties).find((k) => k.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : command.properties[found]
}

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined
  const n = Number(value.trim())
  return n > 0 ? n : undefined
}

/** The annotation an `error`, `warning` or `notice` command makes. */
export function toAnnotation(command: WorkflowCommand): Annotation | undefined {
  if (command.name !== 'error' && command.name !== 'warning' && command.name !== 'notice') {
    return undefined
  }
  const fields = {
    file: property(command, 'file'),
    line: positiveInt(property(command, 'line')),
    endLine: positiveInt(property(command, 'endLine')),
    col: positiveInt(property(command, 'col')),
    endColumn: positiveInt(property(command, 'endColumn')),
    title: property(command, 'title')
  }
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  return { level: command.name, message: command.data, ...defined }
}

/**
 * Reads one output stream as the runner does, including `::stop-commands::<token>`: until a
 * command named `<token>` appears, no line is a command (an empty token never resumes).
 */
export function parseWorkflowCommands(output: string, stream: Stream = 'stdout'): ParsedLog {
  const commands: WorkflowCommand[] = []
  const lines: string[] = []
  let stopToken: string | undefined
  const rawLines = output.split(/\r?\n/)
  if (rawLines.at(-1) === '') rawLines.pop()
  rawLines.forEach((raw, index) => {
    if (stopToken !== undefined) {
      const resume =
        stopToken !== '' &&
        parseCommandLine(raw, stream, index + 1, new Set([...REGISTERED_COMMANDS, stopToken]))
      if (resume && resume.name === stopToken.toLowerCase()) stopToken = undefined
      lines.push(raw)
      return
    }
    const command = parseCommandLine(raw, stream, index + 1)
    if (!command) {
      lines.push(raw)
      return
    }
    commands.push(command)
    if (command.name === 'stop-commands') stopToken = command.data
  })
  return {
    commands,
    annotations: commands.map(toAnnotation).filter((a): a is Annotation => a !== undefined),
    masks: commands.filter((c) => c.name === 'add-mask' && c.data.trim() !== '').map((c) => c.data),
    lines
  }
}
