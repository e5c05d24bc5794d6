import { ConfigurationError } from '../errors.js'
import { openInputFile } from '../fs/open-input.js'
import { readCentralDirectory, type CentralDirectory } from '../zip/central-directory.js'
import { readEntry } from '../zip/entry-data.js'
import { decodeManifest, type BuildManifest } from './manifest.js'
import { METADATA_PATH, parseMetadata, type ModelMetadata } from './metadata.js'
import { readSidecar } from './sha256-file.js'

export interface MdaInspection {
  path: string
  /** Size of the package file in bytes. */
  size: number
  /** SHA-256 recorded beside the package (`<file>.sha256`), or null when there is none. */
  sha256: string | null
  entries: number
  /** Sum of the entries' uncompressed sizes. */
  uncompressedBytes: number
  compressedBytes: number
  manifest: BuildManifest | null
  metadata: ModelMetadata
}

/** Reads a package's central directory and metadata.json, which every MDA must have. */
export async function readPackageFacts(path: string): Promise<{
  directory: CentralDirectory
  metadata: ModelMetadata
  manifest: BuildManifest | null
}> {
  const handle = await openInputFile(path, 'package')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, path)
    const entry = directory.entries.find((e) => e.name === METADATA_PATH)
    if (!entry) {
      throw new ConfigurationError(`${path} is not an MDA: it has no ${METADATA_PATH}`)
    }
    if (entry.size > 64 << 20)
      throw new ConfigurationError(
        `${path}: ${METADATA_PATH} is implausibly large (${entry.size} bytes)`
      )
    const metadata = parseMetadata(await readEntry(handle, entry, path), `${path}!${METADATA_PATH}`)
    return { directory, metadata, manifest: decodeManifest(directory.comment) ?? null }
  } finally {
    await handle.close()
  }
}

/**
 * What a package holds, from its central directory and metadata.json alone: a handful of reads
 * whatever the package's size.
 */
export async function inspectPackage(path: string): Promise<MdaInspection> {
  const { directory, metadata, manifest } = await readPackageFacts(path)
  let uncompressedBytes = 0
  let compressedBytes = 0
  for (const entry of directory.entries) {
    uncompressedBytes += entry.size
    compressedBytes += entry.compressedSize
  }
  return {
    path,
    size: directory.fileSize,
    sha256: (await readSidecar(path)) ?? null,
    entries: directory.entries.length,
    uncompressedBytes,
    compressedBytes,
    manifest,
    metadata
  }
}
