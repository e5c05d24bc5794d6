import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CONFIG_FILE } from '../../config/config-file.js'
import type { TraceabilityConfig } from '../../config/types.js'
import { ConfigurationError, OperationError } from '../../errors.js'
import { GitCommitSource } from '../../trace/git-commit-source.js'
import { checkRequireStory, type RequireStory } from '../../trace/require-story.js'
import { compileStoryPatterns } from '../../stories/story-patterns.js'
import { DEFAULT_TRACE_LIMIT, traceRange } from '../../trace/trace-range.js'
import { booleanValue, stringValue, type Command, type CommandContext } from '../command.js'
import { WORKSPACE_OPTIONS } from '../workspace-options.js'
import { traceJson } from './trace-json.js'
import { TEXT_COMMITS_LISTED, traceText } from './trace-output.js'

const DEFAULT_LIMIT = DEFAULT_TRACE_LIMIT
const MODES: readonly RequireStory[] = ['off', 'warn', 'error']

async function traceability(
  context: CommandContext
): Promise<{ config: Partial<TraceabilityConfig>; file: string | undefined }> {
  const given = stringValue(context, 'config')
  const file = resolve(context.io.cwd, given ?? CONFIG_FILE)
  // Without --config, mxdeploy.yml is optional here: the default patterns need no file.
  if (
    given === undefined &&
    !(await access(file).then(
      () => true,
      () => false
    ))
  ) {
    return { config: {}, file: undefined }
  }
  // The YAML parser and the schema validator are loaded only when there is a file to read.
  const { loadConfig } = await import('../../config/load.js')
  return { config: (await loadConfig(file)).traceability, file }
}

function positiveInteger(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  if (!/^[1-9][0-9]*$/.test(text)) {
    throw new ConfigurationError(
      `${flag} ${JSON.stringify(text)} must be a whole number of 1 or more`
    )
  }
  return Number(text)
}

function requireMode(text: string | undefined, fallback: RequireStory): RequireStory {
  if (text === undefined) return fallback
  if (!MODES.includes(text as RequireStory)) {
    throw new ConfigurationError(
      `--require-story ${JSON.stringify(text)} must be one of: ${MODES.join(', ')}`
    )
  }
  return text as RequireStory
}

export const traceCommand: Command = {
  name: 'trace',
  summary:
    'List the user stories named by the commits reachable from --to and not from --from, the commits of each, and the commits that name none. "trace story ID": the packages that contain a story and the environments that run one.',
  usage:
    'trace [--from REV] [--to REV] [--json] [--all-commits] [--config FILE] [--require-story off|warn|error]\n       mxdeploy trace story ID [--json] [--config FILE] [--state-dir DIR] [--repository URI]',
  positionals: ['story', 'ID'],
  options: {
    from: {
      type: 'string',
      value: 'REV',
      description: 'commit already deployed; without it, the whole history up to the limit'
    },
    to: { type: 'string', value: 'REV', description: 'commit being deployed (default: HEAD)' },
    config: {
      type: 'string',
      value: 'FILE',
      description: `configuration with traceability patterns (default: ./${CONFIG_FILE} if present)`
    },
    dir: {
      type: 'string',
      value: 'DIR',
      description: 'the git checkout (default: the current folder)'
    },
    limit: {
      type: 'string',
      value: 'N',
      description: 'most commits read without --from (default: traceability.limit, else 1000)'
    },
    'require-story': {
      type: 'string',
      value: 'MODE',
      description:
        'commits without a story: off, warn or error (default: traceability.require-story)'
    },
    'all-commits': {
      type: 'boolean',
      description: `text lists every commit even when the range has more than ${TEXT_COMMITS_LISTED} (else a summary; --json always lists them all)`
    },
    'state-dir': WORKSPACE_OPTIONS['state-dir']!,
    repository: WORKSPACE_OPTIONS['repository']!
  },
  async run(context) {
    const [subcommand] = context.positionals
    if (subcommand === 'story') return (await import('./trace-story.js')).traceStory(context)
    if (subcommand !== undefined) {
      throw new ConfigurationError(
        `unknown "trace ${subcommand}": use "mxdeploy trace story ID", or trace --from/--to for a range`
      )
    }
    const { config, file } = await traceability(context)
    const patterns = compileStoryPatterns(config.patterns, file ?? '')
    const limit =
      positiveInteger(stringValue(context, 'limit'), '--limit') ?? config.limit ?? DEFAULT_LIMIT
    const mode = requireMode(stringValue(context, 'require-story'), config.requireStory ?? 'off')
    const { env } = context.io
    const source = new GitCommitSource(resolve(context.io.cwd, stringValue(context, 'dir') ?? '.'))
    const outcome = await traceRange(
      source,
      { from: stringValue(context, 'from'), to: stringValue(context, 'to') ?? 'HEAD', limit },
      patterns,
      {
        links: {
          server: env['GITHUB_SERVER_URL'] || undefined,
          repository: env['GITHUB_REPOSITORY'] || undefined
        },
        log: context.log
      }
    )
    if (outcome.status !== 'complete') throw new ConfigurationError(outcome.message)
    const { trace } = outcome
    // Off, the check says nothing: the commits are not built as objects only to be counted.
    if (mode !== 'off') {
      const check = checkRequireStory(
        trace.commits,
        mode,
        patterns.map((p) => p.name)
      )
      for (const finding of check.findings) {
        if (finding.level === 'error') context.log.error(finding.message)
        else context.log.warning(finding.message)
      }
      if (!check.passed) {
        throw new OperationError(
          `${check.findings.length} of ${check.checked} commits name no user story (require-story: error)`
        )
      }
    }
    const allCommits = booleanValue(context, 'all-commits')
    return { json: traceJson(trace), text: () => traceText(trace, allCommits) }
  }
}
