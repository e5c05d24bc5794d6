import type { Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { ConfigurationError, errnoCode } from '../errors.js'
import { withProgress, type ProgressReporter } from '../progress/progress.js'
import { listRuleBreaches } from '../zip/safety.js'
import { pathError, prepareFolder, type ChosenPath } from '../fs/path-error.js'
import { writeZip, type ZipInput } from '../zip/writer.js'
import { listDeploymentFiles } from './deployment-folder.js'
import { encodeManifest, MANIFEST_SCHEMA, type BuildManifest } from './manifest.js'
import {
  METADATA_PATH,
  parseMetadataDocument,
  readMetadata,
  type ModelMetadata
} from './metadata.js'
import { withModelVersion } from './model-version-edit.js'
import { writeSidecar } from './sha256-file.js'

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED_EXTENSIONS = new Set([
  '.jar',
  '.zip',
  '.war',
  '.ear',
  '.gz',
  '.tgz',
  '.bz2',
  '.xz',
  '.7z',
  '.zst',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.heic',
  '.woff',
  '.woff2',
  '.mp3',
  '.mp4',
  '.m4a',
  '.webm',
  '.ogg',
  '.mpd'
])

export function isPrecompressed(name: string): boolean {
  return STORED_EXTENSIONS.has(extname(name).toLowerCase())
}

export interface PackOptions {
  deploymentDir: string
  out: string
  /** Four-part model version, written into the package's metadata.json as ModelVersion. */
  version: string
  app: string
  commit: string | null
  branch: string | null
  /** Timestamp of every entry. */
  entryDate: Date
  /** The manifest's build time. */
  builtAt: Date
  builder: string
  source?: BuildManifest['source']
  stories?: string[]
  level?: number
  /** Where packing shows how far it is (a 370 MB folder takes seconds). */
  progress?: ProgressReporter
}

export interface PackResult {
  path: string
  sha256: string
  size: number
  entries: number
  manifest: BuildManifest
  metadata: ModelMetadata
}

/** Refuses an output path that can't be written as a file, before anything is written. */
export async function checkOutputPath(out: string): Promise<void> {
  const info = await statIfThere(out)
  if (info?.isDirectory()) {
    throw new ConfigurationError(
      `output ${out} is a directory: give a file name such as ${join(out, 'app.mda')}`
    )
  }
  // The nearest folder that exists must be a folder, or creating the output's folder fails late.
  for (let parent = dirname(out); !info; parent = dirname(parent)) {
    const found = await statIfThere(parent)
    if (found && !found.isDirectory()) {
      throw new ConfigurationError(
        `output ${out} can't be written: ${parent} is a file, not a folder`
      )
    }
    if (found || dirname(parent) === parent) break
  }
}

async function statIfThere(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path)
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}

/**
 * Refuses, before anything is written, a package that verify and publish would refuse: the same
 * rules on names, count and total size (src/zip/safety.ts), each problem naming its file.
 */
function checkPackageRules(deploymentDir: string, inputs: readonly ZipInput[]): void {
  const breaches = listRuleBreaches(inputs)
  if (breaches.length === 0) return
  const count = `${breaches.length} problem${breaches.length === 1 ? '' : 's'}`
  const lines = breaches.map(
    ({ entry, why }) => `  - ${entry === undefined ? why : `${entry} ${why}`}\n`
  )
  throw new ConfigurationError(
    `${deploymentDir} can't be packaged: verify and publish would refuse the package (${count}):\n${lines.join('')}rename or remove the files named, then build again`
  )
}

/**
 * Builds an MDA from a deployment folder: model/, web/ and native/, with ModelVersion set in
 * model/metadata.json (as MxBuild's --model-version does), the build manifest in the archive
 * comment, and `<out>.sha256` beside it. The same folder and options give the same bytes.
 */
export async function packDeploymentFolder(options: PackOptions): Promise<PackResult> {
  await checkOutputPath(options.out)
  const files = await listDeploymentFiles(options.deploymentDir)
  const metadataFile = files.find((file) => file.name === METADATA_PATH)!
  const label = join(options.deploymentDir, METADATA_PATH)
  const original = await readFile(metadataFile.path)
  readMetadata(parseMetadataDocument(original, label), label)
  const metadataBytes = withModelVersion(original, options.version)
  const metadata = readMetadata(parseMetadataDocument(metadataBytes, label), label)

  const inputs: ZipInput[] = files.map((file) =>
    file === metadataFile
      ? { name: file.name, data: metadataBytes, size: metadataBytes.length }
      : { name: file.name, path: file.path, size: file.size }
  )
  const manifest: BuildManifest = {
    schema: MANIFEST_SCHEMA,
    app: options.app,
    version: options.version,
    runtimeVersion: metadata.runtimeVersion,
    commit: options.commit,
    branch: options.branch,
    builtAt: options.builtAt.toISOString(),
    builder: options.builder,
    source: options.source ?? 'deployment-dir',
    entries: inputs.length,
    stories: options.stories ?? []
  }
  checkPackageRules(options.deploymentDir, inputs)
  const comment = encodeManifest(manifest)
  const output: ChosenPath = {
    what: 'the output file',
    path: options.out,
    fix: 'give --out a path on a writable disk'
  }
  await prepareFolder(output, dirname(options.out))
  const total = inputs.reduce((sum, input) => sum + input.size, 0)
  let result: Awaited<ReturnType<typeof writeZip>>
  try {
    result = await withProgress(
      options.progress,
      `packing ${basename(options.out)}`,
      total,
      (task) =>
        writeZip(options.out, inputs, {
          modified: options.entryDate,
          comment,
          level: options.level ?? 6,
          store: isPrecompressed,
          onWritten: (bytes) => task.advance(bytes)
        })
    )
    await writeSidecar(options.out, result.sha256)
  } catch (error) {
    throw await pathError(error, output)
  }
  return {
    path: options.out,
    sha256: result.sha256,
    size: result.bytes,
    entries: result.entries,
    manifest,
    metadata
  }
}
