import { MXDEPLOY_VERSION } from '../version.js'
import type { Command, OptionSpec } from './command.js'

/** One option as `--json --help` lists it. */
interface OptionDocument {
  name: string
  short?: string
  type: OptionSpec['type']
  multiple?: boolean
  value?: string
  description: string
}

/** The main help as one JSON document, for `mxdeploy --help --json`. */
export function mainHelpDocument(commands: Record<string, { summary: string }>): unknown {
  return {
    version: MXDEPLOY_VERSION,
    usage: 'mxdeploy COMMAND [options]',
    commands: Object.entries(commands).map(([name, { summary }]) => ({ name, summary })),
    exitCodes: {
      '0': 'done',
      '1': 'the operation failed',
      '2': 'the input or configuration is wrong'
    }
  }
}

/** A command's help as one JSON document, for `mxdeploy COMMAND --help --json`. */
export function commandHelpDocument(
  command: Command,
  options: Record<string, OptionSpec>
): unknown {
  return {
    command: command.name,
    usage: `mxdeploy ${command.usage}`,
    summary: command.summary,
    ...(command.positionals ? { positionals: command.positionals } : {}),
    options: Object.entries(options).map(([name, spec]): OptionDocument => ({
      name,
      ...(spec.short ? { short: spec.short } : {}),
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.value ? { value: spec.value } : {}),
      description: spec.description
    }))
  }
}
