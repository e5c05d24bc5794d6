import { parseArgs } from 'node:util'
import { ConfigurationError, errorMessage, exitCodeOf } from '../errors.js'
import type { Logger } from '../log.js'
import { progressFor } from '../progress/choose.js'
import { redactCredentials } from '../redact.js'
import { MXDEPLOY_VERSION } from '../version.js'
import type { CliIO, Command, OptionSpec } from './command.js'
import { commandHelpDocument, mainHelpDocument } from './help-document.js'
import { JsonChunks, writeJsonChunks } from './json-chunks.js'
import { COMMANDS } from './registry.js'

const COMMON: Record<string, OptionSpec> = {
  json: {
    type: 'boolean',
    description: 'print one JSON document on stdout (human text goes to stderr)'
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    description: 'no progress or informational lines on stderr (warnings and errors still)'
  },
  help: { type: 'boolean', short: 'h', description: 'show this help' }
}

function stderrLogger(io: CliIO, quiet: boolean): { log: Logger; scrub: (text: string) => string } {
  const secrets = new Set<string>()
  const scrub = (text: string): string => {
    let out = redactCredentials(text)
    for (const secret of secrets) out = out.split(secret).join('***')
    return out
  }
  const where = (at?: { file?: string; line?: number; column?: number }): string =>
    at?.file ? `${at.file}${at.line ? `:${at.line}` : ''}${at.column ? `:${at.column}` : ''}: ` : ''
  // Progress goes to stderr, never stdout, so a --json stdout stays one document; log lines go
  // through it so that they never mix with a progress line on a terminal.
  const { reporter, printLine } = progressFor(io.stderr, io.env, { quiet })
  const log: Logger = {
    info: (message) => {
      if (!quiet) printLine(scrub(message))
    },
    warning: (message, at) => printLine(`warning: ${where(at)}${scrub(message)}`),
    error: (message, at) => printLine(`error: ${where(at)}${scrub(message)}`),
    progress: reporter,
    secret: (value) => {
      if (!value) return
      secrets.add(value)
      // In a workflow the runner masks it in the job log from here on; stderr, so that a --json
      // stdout stays one document (the runner reads workflow commands from both streams).
      if (io.env['GITHUB_ACTIONS'] === 'true') io.stderr.write(`::add-mask::${value}\n`)
    }
  }
  return { log, scrub }
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length))
  const lines = Object.entries(COMMANDS).map(
    ([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`
  )
  return [
    `mxdeploy ${MXDEPLOY_VERSION}: build Mendix deployment packages once and stage them through environments`,
    '',
    'usage: mxdeploy COMMAND [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Every command takes --json (one JSON document on stdout), --quiet (no progress) and --help.',
    'Exit codes: 0 done, 1 the operation failed, 2 the input or configuration is wrong.',
    ''
  ].join('\n')
}

function commandHelp(command: Command): string {
  const options = { ...command.options, ...COMMON }
  const labels = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`
    return [flag, spec.description] as const
  })
  const width = Math.max(...labels.map(([flag]) => flag.length))
  return [
    `usage: mxdeploy ${command.usage}`,
    '',
    command.summary,
    '',
    'options:',
    ...labels.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ''
  ].join('\n')
}

function parse(command: Command, args: string[]): ReturnType<typeof parseArgs> {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, ...COMMON }).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.multiple ? { multiple: true } : {})
      }
    ])
  )
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const text = errorMessage(error)
    const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(text)
    const message = ambiguous
      ? `option ${ambiguous[1]} needs a value (one that starts with "-" is written ${ambiguous[1]}=-VALUE)`
      : text
          .split('\n')[0]!
          .replace(/\. To specify a positional argument.*$/, '')
          .replace(/\.$/, '')
    throw new ConfigurationError(
      `${message}; run "mxdeploy ${command.name} --help" for the options`
    )
  }
  // An empty value would silently mean the default (`--app ""` building under mxdeploy.yml's app).
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' || (Array.isArray(value) && value.includes(''))) {
      throw new ConfigurationError(
        `option --${name} is empty: give it a value or leave it out; run "mxdeploy ${command.name} --help" for the options`
      )
    }
  }
  return parsed
}

function checkPositionals(command: Command, positionals: string[]): void {
  const names = command.positionals ?? []
  const variadic = names.at(-1)?.endsWith('...') ?? false
  if (!variadic && positionals.length > names.length) {
    const extra = positionals.slice(names.length).join(' ')
    throw new ConfigurationError(
      `unexpected argument ${JSON.stringify(extra)}; usage: mxdeploy ${command.usage}`
    )
  }
}

/**
 * Runs the CLI and returns its exit code: 0 done, 1 the operation failed, 2 the input was wrong.
 * With `--json`, stdout carries exactly one JSON document, also on failure.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json')
  const quiet = argv.includes('--quiet') || argv.includes('-q')
  const { log, scrub } = stderrLogger(io, quiet)
  const document = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`
  try {
    // --json may come before the command, as in `mxdeploy --json --help`.
    const [first, ...rest] = argv[0] === '--json' ? [...argv.slice(1), '--json'] : argv
    const name = first === '--json' ? undefined : first
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(json ? document(mainHelpDocument(COMMANDS)) : mainHelp())
      return name === undefined ? 2 : 0
    }
    if (name === '--version') {
      io.stdout.write(
        json ? `${JSON.stringify({ version: MXDEPLOY_VERSION })}\n` : `${MXDEPLOY_VERSION}\n`
      )
      return 0
    }
    const entry = COMMANDS[name]
    if (!entry) {
      throw new ConfigurationError(
        `unknown command "${name}"; the commands are: ${Object.keys(COMMANDS).join(', ')}`
      )
    }
    const command = await entry.load()
    const { values, positionals } = parse(command, rest)
    if (values['help'] === true) {
      io.stdout.write(
        json
          ? document(commandHelpDocument(command, { ...command.options, ...COMMON }))
          : commandHelp(command)
      )
      return 0
    }
    checkPositionals(command, positionals)
    const output = await command.run({ values, positionals, io, log, json })
    if (json && output.json instanceof JsonChunks) writeJsonChunks(output.json, io.stdout)
    else if (json) io.stdout.write(`${JSON.stringify(output.json, null, 2)}\n`)
    else {
      const text = typeof output.text === 'function' ? output.text() : output.text
      io.stdout.write(text.endsWith('\n') || !text ? text : `${text}\n`)
    }
    return 0
  } catch (error) {
    const code = exitCodeOf(error)
    const message = scrub(errorMessage(error))
    log.error(message)
    if (json) {
      const kind = code === 2 ? 'configuration' : 'operation'
      io.stdout.write(`${JSON.stringify({ error: { kind, message, exitCode: code } }, null, 2)}\n`)
    }
    if (code === 1 && io.env['MXDEPLOY_DEBUG'] && error instanceof Error) {
      io.stderr.write(`${scrub(error.stack ?? '')}\n`)
    }
    return code
  }
}
