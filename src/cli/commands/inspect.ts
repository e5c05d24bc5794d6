import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { inspectPackage, type MdaInspection } from '../../mda/inspect.js'
import { javaFor } from '../../mxbuild/jdk-version.js'
import type { ProjectInspection } from '../../mxbuild/project-facts.js'
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
      ['java', String(javaFor(metadata.runtimeVersion, metadata.javaVersion).major)],
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

function describeProject(facts: ProjectInspection): string {
  const lines = [
    facts.path,
    keyValues([
      ['mendix version', facts.mendixVersion],
      [
        'file format',
        facts.formatVersion >= 2
          ? `${facts.formatVersion} (documents in ${facts.mprcontents?.path ?? 'mprcontents/'})`
          : `${facts.formatVersion} (documents inside the .mpr)`
      ],
      ['mxbuild', `${facts.mxbuild.version} (${facts.mxbuild.url})`],
      ['java', `${facts.java.major}: ${facts.java.rule}`]
    ])
  ]
  for (const warning of facts.warnings) lines.push(`warning: ${warning}`)
  return lines.join('\n')
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/** A .mpr by its name, or by its content (an SQLite database), whatever it is called. */
async function isProjectFile(path: string): Promise<boolean> {
  if (extname(path).toLowerCase() === '.mpr') return true
  // Only a regular file is opened here: opening a FIFO to read would block, and whatever is not
  // a file gets its message from the package reader.
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) return false
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined)
  if (!handle) return false
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return bytesRead === head.length && head.equals(SQLITE_MAGIC)
  } finally {
    await handle.close()
  }
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary:
    "Show a package's runtime and model version, constants, scheduled events and build manifest (reading only its central directory and metadata.json), or a .mpr's Mendix version, file format and the MxBuild and JDK that build it.",
  usage: 'inspect FILE [--json]',
  positionals: ['FILE'],
  options: {},
  async run(context) {
    const [file] = context.positionals
    if (!file) {
      throw new ConfigurationError('give the package or .mpr to inspect: mxdeploy inspect FILE')
    }
    const path = resolve(context.io.cwd, file)
    if (await isProjectFile(path)) {
      // Loaded only for .mpr files: the SQLite reader is not needed for packages.
      const { inspectProject } = await import('../../mxbuild/project-facts.js')
      const facts = await inspectProject(path, context.io.env)
      for (const warning of facts.warnings) context.log.warning(warning)
      return { json: facts, text: describeProject(facts) }
    }
    const facts = await inspectPackage(path)
    for (const warning of facts.metadata.warnings) context.log.warning(warning)
    return { json: { kind: 'mda', ...facts }, text: describe(facts) }
  }
}
