import { ConfigurationError } from '../../errors.js'
import { inspectPackage, type MdaInspection } from '../../mda/inspect.js'
import type { Command } from '../command.js'
import { formatBytes, keyValues, table } from '../format.js'

function describe(facts: MdaInspection): string {
  const { metadata, manifest } = facts
  const sections = [
    `${facts.path}`,
    keyValues([
      [
        'project',
        `${metadata.projectName ?? '(unnamed)'}${metadata.projectId ? ` (${metadata.projectId})` : ''}`
      ],
      ['runtime version', metadata.runtimeVersion],
      ['model version', metadata.modelVersion ?? '(none)'],
      ['entries', String(facts.entries)],
      ['size', `${formatBytes(facts.size)} (${formatBytes(facts.uncompressedBytes)} unpacked)`],
      [
        'sha256',
        facts.sha256 ?? `(no ${facts.path}.sha256 beside it; run "mxdeploy verify" to compute it)`
      ]
    ])
  ]
  if (manifest) {
    sections.push(
      'manifest:',
      keyValues([
        ['app', manifest.app],
        ['version', manifest.version],
        ['commit', manifest.commit ?? '(unknown)'],
        ['branch', manifest.branch ?? '(unknown)'],
        ['built', manifest.builtAt],
        ['builder', manifest.builder],
        ['stories', manifest.stories.length ? manifest.stories.join(', ') : '(none)']
      ])
    )
  } else {
    sections.push('manifest: none (not built by mxdeploy)')
  }
  sections.push(
    `constants (${metadata.constants.length}):`,
    metadata.constants.length
      ? table(
          ['name', 'type', 'default'],
          metadata.constants.map((c) => [c.name, c.type, c.defaultValue])
        )
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n')
      : '  (none)',
    `scheduled events (${metadata.scheduledEvents.length}):`,
    metadata.scheduledEvents.length
      ? metadata.scheduledEvents.map((e) => `  ${e.name}`).join('\n')
      : '  (none)'
  )
  return sections.join('\n')
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary:
    "Show a package's runtime and model version, constants, scheduled events and build manifest, reading only its central directory and metadata.json.",
  usage: 'inspect FILE [--json]',
  positionals: ['FILE'],
  options: {},
  async run(context) {
    const [file] = context.positionals
    if (!file) throw new ConfigurationError('give the package to inspect: mxdeploy inspect FILE')
    const facts = await inspectPackage(file)
    return { json: facts, text: describe(facts) }
  }
}
