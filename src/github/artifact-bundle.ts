import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError } from '../errors.js'
import type { PackageRecord } from '../repository/package-repository.js'
import { readCentralDirectory, type ZipEntry } from '../zip/central-directory.js'
import { entryStream, readEntry } from '../zip/entry-data.js'
import { directoryProblems } from '../zip/safety.js'

/** The record of the package inside a package artifact, beside the MDA and its `.sha256`. */
export const RECORD_FILE = 'record.json'

/** What one package artifact (a zip made by @actions/artifact) holds. */
export interface PackageBundle {
  /** The MDA's entry: the one `.mda` at the top of the archive. */
  mda: ZipEntry
  /** The hash in `<mda>.sha256`, when the archive has one. */
  sidecar: string | undefined
  /** record.json, when the archive has one (the build action's artifact has none). */
  record: PackageRecord | undefined
}

const SMALL_FILE = 1 << 20

function isText(value: unknown): value is string {
  return typeof value === 'string'
}

/** record.json checked field by field: a record that lies about its shape is refused. */
export function parseRecord(text: string, label: string): PackageRecord {
  let value: Record<string, unknown>
  try {
    value = JSON.parse(text) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(
      `${label}: ${RECORD_FILE} is not JSON (${(error as Error).message})`
    )
  }
  const wrong = (field: string): ConfigurationError =>
    new ConfigurationError(`${label}: ${RECORD_FILE} has no valid "${field}"`)
  if (typeof value !== 'object' || value === null) throw wrong('app')
  for (const field of [
    'app',
    'version',
    'runtimeVersion',
    'modelVersion',
    'createdAt',
    'createdBy',
    'url'
  ]) {
    if (!isText(value[field])) throw wrong(field)
  }
  if (!isText(value['sha256']) || !/^[0-9a-f]{64}$/.test(value['sha256'])) throw wrong('sha256')
  if (typeof value['size'] !== 'number' || !Number.isSafeInteger(value['size'])) throw wrong('size')
  for (const field of ['commit', 'branch']) {
    if (value[field] !== null && !isText(value[field])) throw wrong(field)
  }
  const stories = value['stories'] ?? []
  if (!Array.isArray(stories) || !stories.every(isText)) throw wrong('stories')
  return { ...(value as unknown as PackageRecord), stories }
}

/**
 * Reads an artifact's central directory (never its data, but for the two small files), refusing
 * an archive that is unsafe to extract from or that does not hold exactly one MDA.
 */
export async function readBundle(zip: string, label: string): Promise<PackageBundle> {
  const handle = await open(zip, 'r')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, label)
    const problems = directoryProblems(directory)
    if (problems.length > 0) {
      throw new ConfigurationError(
        `${label} is not safe to extract from:\n${problems.map((p) => `  - ${p}`).join('\n')}`
      )
    }
    const top = directory.entries.filter((e) => !e.name.includes('/'))
    const mdas = top.filter((e) => e.name.toLowerCase().endsWith('.mda'))
    if (mdas.length !== 1) {
      throw new ConfigurationError(
        `${label} holds ${mdas.length} MDA files at its top (${mdas.map((e) => e.name).join(', ') || 'none'}); a package artifact holds exactly one`
      )
    }
    const mda = mdas[0]!
    const small = async (name: string): Promise<string | undefined> => {
      const entry = top.find((e) => e.name === name)
      if (!entry) return undefined
      if (entry.size > SMALL_FILE) {
        throw new ConfigurationError(`${label}: ${name} is implausibly large (${entry.size} bytes)`)
      }
      return (await readEntry(handle, entry, label)).toString('utf8')
    }
    const sidecarText = await small(`${mda.name}.sha256`)
    let sidecar: string | undefined
    if (sidecarText !== undefined) {
      const match = /^([0-9a-fA-F]{64})(\s|$)/.exec(sidecarText.trim())
      if (!match)
        throw new ConfigurationError(`${label}: ${mda.name}.sha256 is not in sha256sum format`)
      sidecar = match[1]!.toLowerCase()
    }
    const recordText = await small(RECORD_FILE)
    const record = recordText === undefined ? undefined : parseRecord(recordText, label)
    return { mda, sidecar, record }
  } finally {
    await handle.close()
  }
}

/**
 * Streams the MDA out of the artifact into `dest` (which must not exist), checking the entry's
 * CRC-32 and size on the way, and returns the SHA-256 of what it wrote. Memory stays flat.
 */
export async function extractPackage(
  zip: string,
  entry: ZipEntry,
  dest: string,
  label: string
): Promise<string> {
  const hash = createHash('sha256')
  const handle = await open(zip, 'r')
  try {
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk)
        done(null, chunk)
      }
    })
    const out = createWriteStream(dest, { flags: 'wx', mode: 0o644 })
    await pipeline(await entryStream(handle, entry, label), tap, out)
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}
