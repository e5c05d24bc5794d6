import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError } from '../../errors.js'
import { readPackageFacts } from '../../mda/inspect.js'
import { isModelVersion } from '../../mda/version.js'
import { parseSidecar } from '../../mda/sha256-file.js'
import type { PackageRecord } from '../package-repository.js'
import { checkRecord } from '../record-shape.js'
import { readCentralDirectory, type ZipEntry } from '../../zip/central-directory.js'
import { entryStream, readEntry } from '../../zip/entry-data.js'
import { directoryProblems } from '../../zip/safety.js'

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

/** A stream that hashes what passes through it into `hash`. */
function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    }
  })
}

/**
 * Lays out one package's artifact in `dir` (which exists and is empty): `<app>_<version>.mda`,
 * copied and hashed so a file that changed since it was verified is refused, its `.sha256` and
 * `record.json`. Returns the files to upload.
 */
export async function stageBundle(
  dir: string,
  file: string,
  record: PackageRecord
): Promise<string[]> {
  const mda = `${record.app}_${record.version}.mda`
  const hash = createHash('sha256')
  await pipeline(
    createReadStream(file, { highWaterMark: 1 << 20 }),
    hashing(hash),
    createWriteStream(join(dir, mda), { flags: 'wx' })
  )
  const copied = hash.digest('hex')
  if (copied !== record.sha256) {
    throw new ConfigurationError(
      `${file} changed while it was being published (SHA-256 ${copied}, expected ${record.sha256})`
    )
  }
  await writeFile(join(dir, `${mda}.sha256`), `${record.sha256}  ${mda}\n`)
  await writeFile(join(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`)
  return [mda, `${mda}.sha256`, RECORD_FILE].map((name) => join(dir, name))
}

/** record.json checked field by field: a record that lies about its shape is refused. */
export function parseRecord(text: string, label: string): PackageRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${label}: ${RECORD_FILE} is not JSON (${(error as Error).message})`
    )
  }
  return checkRecord(value, `${label}: ${RECORD_FILE}`)
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
    const sidecar =
      sidecarText === undefined
        ? undefined
        : parseSidecar(sidecarText, mda.name, `${label}: ${mda.name}.sha256`)
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
    const out = createWriteStream(dest, { flags: 'wx', mode: 0o644 })
    await pipeline(await entryStream(handle, entry, label), hashing(hash), out)
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

/** Who and when, for a package whose artifact has no record.json. */
export interface ArtifactFacts {
  createdAt: string
  createdBy: string
  url: string
}

/**
 * The record of an artifact without record.json (the build action's upload): the MDA is
 * extracted beside the zip, checked against its `.sha256`, and its manifest and metadata read.
 */
export async function recordFromPackage(
  zip: string,
  bundle: PackageBundle,
  label: string,
  facts: ArtifactFacts
): Promise<PackageRecord> {
  const file = join(dirname(zip), `${randomBytes(6).toString('hex')}.mda`)
  try {
    const sha256 = await extractPackage(zip, bundle.mda, file, label)
    if (bundle.sidecar !== undefined && bundle.sidecar !== sha256) {
      throw new ConfigurationError(
        `${label}: ${bundle.mda.name} has SHA-256 ${sha256} but its .sha256 says ${bundle.sidecar}: the package was changed; it will not be deployed`
      )
    }
    const { manifest, metadata, directory } = await readPackageFacts(file)
    const version = manifest?.version ?? metadata.modelVersion
    if (!manifest?.app || !version || !isModelVersion(version)) {
      throw new ConfigurationError(
        `${label} holds ${bundle.mda.name} without an mxdeploy build manifest naming its app and version: build it with mxdeploy build`
      )
    }
    return {
      app: manifest.app,
      version,
      sha256,
      size: directory.fileSize,
      runtimeVersion: metadata.runtimeVersion,
      modelVersion: metadata.modelVersion ?? version,
      commit: manifest.commit,
      branch: manifest.branch,
      stories: manifest.stories,
      ...facts
    }
  } finally {
    await rm(file, { force: true })
  }
}
