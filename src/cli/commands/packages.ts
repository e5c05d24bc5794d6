import { dirname, resolve } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { prepareFolder } from '../../fs/path-error.js'
import { checkOutputPath } from '../../mda/pack.js'
import { writeSidecar } from '../../mda/sha256-file.js'
import { planPrune } from '../../repository/prune.js'
import {
  booleanValue,
  stringValue,
  type Command,
  type CommandContext,
  type CommandOutput
} from '../command.js'
import { formatBytes, table } from '../format.js'
import { openWorkspace, WORKSPACE_OPTIONS } from '../workspace.js'

async function list(context: CommandContext): Promise<CommandOutput> {
  const { repository, config } = await openWorkspace(context)
  const records = await repository.list(config.app)
  const rows = records.map((r) => [
    r.version,
    r.createdAt.replace(/\.\d+Z$/, 'Z'),
    r.sha256.slice(0, 12),
    formatBytes(r.size),
    r.runtimeVersion,
    r.commit?.slice(0, 7) ?? ''
  ])
  return {
    json: { app: config.app, repository: repository.uri, packages: records },
    text: records.length
      ? table(['version', 'published', 'sha256', 'size', 'runtime', 'commit'], rows)
      : `no packages of ${config.app} in ${repository.uri}`
  }
}

async function prune(context: CommandContext): Promise<CommandOutput> {
  const keepText = stringValue(context, 'keep') ?? '5'
  if (!/^\d+$/.test(keepText))
    throw new ConfigurationError(`--keep ${keepText} is not a whole number`)
  const dryRun = booleanValue(context, 'dry-run')
  const { repository, config, activity } = await openWorkspace(context)
  const environments = config.environments.map((env) => env.name)
  const plan = await planPrune(repository, activity, config.app, environments, Number(keepText))
  for (const record of plan.remove) {
    if (!dryRun) await repository.delete(record.app, record.version)
    context.log.info(`${dryRun ? 'would remove' : 'removed'} ${record.app} ${record.version}`)
  }
  const leftovers = (await repository.cleanLeftovers?.(config.app, { dryRun })) ?? []
  const lines = [
    ...plan.keep.map(({ record, why }) => `keep    ${record.version}  (${why})`),
    ...plan.remove.map((record) => `${dryRun ? 'remove' : 'removed'}  ${record.version}`),
    ...leftovers.map(
      (left) =>
        `${dryRun ? 'remove' : 'removed'}  ${left.path} (${formatBytes(left.bytes)}, ${left.why})`
    )
  ]
  return {
    json: {
      dryRun,
      kept: plan.keep.map(({ record, why }) => ({ version: record.version, why })),
      removed: plan.remove.map((record) => record.version),
      leftovers
    },
    text: lines.join('\n') || 'no packages'
  }
}

async function download(context: CommandContext): Promise<CommandOutput> {
  const version = context.positionals[1]
  if (!version)
    throw new ConfigurationError(
      'give the version to download: mxdeploy packages download VERSION|latest [--out FILE]'
    )
  const { repository, config } = await openWorkspace(context)
  const record = await repository.get(config.app, version)
  if (!record)
    throw new ConfigurationError(
      `${config.app} ${version} is not in the package repository ${repository.uri}`
    )
  const out = resolve(
    context.io.cwd,
    stringValue(context, 'out') ?? `${record.app}_${record.version}.mda`
  )
  await checkOutputPath(out)
  await prepareFolder(
    { what: 'the output file', path: out, fix: 'give --out a path on a writable disk' },
    dirname(out)
  )
  await repository.download(record.app, record.version, out)
  await writeSidecar(out, record.sha256)
  return {
    json: { path: out, package: record },
    text: `downloaded ${record.app} ${record.version} to ${out} (sha256 ${record.sha256} verified)`
  }
}

export const packagesCommand: Command = {
  name: 'packages',
  summary:
    "List the app's packages in the repository (newest first), or prune old ones and what interrupted publishes left: packages an environment runs are never removed.",
  usage:
    'packages [list] [--json] | packages prune [--keep N] [--dry-run] | packages download VERSION [--out FILE]',
  positionals: ['ACTION', 'VERSION'],
  options: {
    ...WORKSPACE_OPTIONS,
    keep: {
      type: 'string',
      value: 'N',
      description: 'prune: how many recent packages to keep besides those running (default 5)'
    },
    'dry-run': {
      type: 'boolean',
      description: 'prune: show what would be removed, remove nothing'
    },
    out: {
      type: 'string',
      value: 'FILE',
      description: 'download: where to write the MDA (default <app>_<version>.mda)'
    }
  },
  async run(context) {
    const [action = 'list'] = context.positionals
    if (action === 'list') return list(context)
    if (action === 'prune') return prune(context)
    if (action === 'download') return download(context)
    throw new ConfigurationError(`unknown packages action "${action}": use list, prune or download`)
  }
}
