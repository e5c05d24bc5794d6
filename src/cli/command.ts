import type { Logger } from '../log.js'
import type { OutputStream } from '../progress/terminal.js'

/** One flag of a command, as `node:util` parseArgs takes it, plus its help text. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** Placeholder shown in help, such as `DIR`. */
  value?: string
  description: string
}

export interface CliIO {
  /** Node's process.stdout, or a test's capture (no isTTY: not a terminal). */
  stdout: OutputStream
  stderr: OutputStream
  env: NodeJS.ProcessEnv
  cwd: string
}

export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
  io: CliIO
  log: Logger
  json: boolean
}

/** What a command produced: the JSON document for `--json`, and the text people read. */
export interface CommandOutput {
  /** The document; a `JsonChunks` is written in pieces, for documents too large for one string. */
  json: unknown
  /** A function is called only when the text is printed (not for --json). */
  text: string | (() => string)
}

export interface Command {
  name: string
  summary: string
  /** Usage line after `mxdeploy`, e.g. `inspect FILE [--json]`. */
  usage: string
  options: Record<string, OptionSpec>
  /** Names of the positional arguments, in order; `...` on the last one takes any number. */
  positionals?: string[]
  run(context: CommandContext): Promise<CommandOutput>
}

/** A string flag's value, or undefined when it was not given (never ''). */
export function stringValue(context: CommandContext, name: string): string | undefined {
  const value = context.values[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function booleanValue(context: CommandContext, name: string): boolean {
  return context.values[name] === true
}
