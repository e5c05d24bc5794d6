import { createHash, type Hash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError } from '../../errors.js'
import { openInputFile } from '../../fs/open-input.js'
import { FixedGzip } from '../../tar/gzip.js'
import { tarStream, type TarEntry } from '../../tar/tar-writer.js'
import { readCentralDirectory, type ZipEntry } from '../../zip/central-directory.js'
import { entryStream } from '../../zip/entry-data.js'
import { directoryProblems, isDirectory } from '../../zip/safety.js'
import {
  APP_GID,
  APP_PATH,
  APP_UID,
  DIRECTORY_MODE,
  EXECUTABLE_MODE,
  FILE_MODE,
  PARENT_FOLDERS
} from './buildpack-layout.js'

/** How the app layer is stored: gzip (smaller) or a plain tar (the same bytes on any machine). */
export type LayerCompression = 'gzip' | 'none'

export const LAYER_MEDIA_TYPE: Record<LayerCompression, string> = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  none: 'application/vnd.oci.image.layer.v1.tar'
}

export interface AppLayer {
  file: string
  mediaType: string
  /** `sha256:` of the stored blob (compressed or not). */
  digest: string
  size: number
  /** `sha256:` of the uncompressed tar: the config's rootfs.diff_ids entry. */
  diffId: string
  /** Files written. */
  files: number
}

export interface AppLayerOptions {
  mdaPath: string
  dest: string
  /** Every entry's modification time, seconds since 1970: the package's build time. */
  mtime: number
  compression: LayerCompression
}

/** Hashes and counts what passes through. */
class Tap extends Transform {
  readonly hash: Hash = createHash('sha256')
  size = 0

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk)
    this.size += chunk.length
    done(null, chunk)
  }
}

const UNIX_HOST = 3

/** The file's mode in the layer: executable when the MDA recorded it so, else read-write. */
function fileMode(entry: ZipEntry): number {
  const unix = entry.versionMadeBy >> 8 === UNIX_HOST ? entry.externalAttributes >>> 16 : 0
  return unix & 0o111 ? EXECUTABLE_MODE : FILE_MODE
}

/**
 * Writes the app layer: the MDA's files unpacked under /opt/mendix/build, owned and permitted as
 * docker-mendix-buildpack leaves them, every entry with the same time, in name order. The tar
 * depends only on the MDA and `mtime`, so its DiffID does too; an unsafe MDA (paths that escape,
 * links, duplicates) is refused before anything is written.
 */
export async function writeAppLayer(options: AppLayerOptions): Promise<AppLayer> {
  const { mdaPath, dest, mtime, compression } = options
  const handle = await openInputFile(mdaPath, 'package')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, mdaPath)
    const problems = directoryProblems(directory)
    if (problems.length > 0) {
      throw new ConfigurationError(
        `${mdaPath} can't be put into an image safely: ${problems.join('; ')}`
      )
    }
    const folders = new Set<string>([APP_PATH])
    const entries: TarEntry[] = PARENT_FOLDERS.map((p) => ({
      ...p,
      type: 'directory',
      mtime,
      size: 0
    }))
    const owner = { uid: APP_UID, gid: APP_GID, mtime }
    let files = 0
    for (const entry of directory.entries) {
      const name = entry.name.replace(/\/$/, '')
      const parts = name.split('/')
      const depth = isDirectory(entry) ? parts.length : parts.length - 1
      for (let i = 1; i <= depth; i++) folders.add(`${APP_PATH}/${parts.slice(0, i).join('/')}`)
      if (isDirectory(entry)) continue
      files++
      entries.push({
        ...owner,
        path: `${APP_PATH}/${name}`,
        type: 'file',
        mode: fileMode(entry),
        size: entry.size,
        open: () => entryStream(handle, entry, mdaPath)
      })
    }
    for (const file of entries) {
      if (file.type === 'file' && folders.has(file.path)) {
        throw new ConfigurationError(
          `${mdaPath} can't be put into an image: ${file.path.slice(APP_PATH.length + 1)} is both a file and a folder`
        )
      }
    }
    for (const path of folders) {
      entries.push({ ...owner, path, type: 'directory', mode: DIRECTORY_MODE, size: 0 })
    }
    const tar = new Tap()
    const stored = new Tap()
    await pipeline(
      Readable.from(tarStream(entries)),
      tar,
      ...(compression === 'gzip' ? [new FixedGzip()] : []),
      stored,
      createWriteStream(dest, { mode: 0o600 })
    )
    return {
      file: dest,
      mediaType: LAYER_MEDIA_TYPE[compression],
      digest: `sha256:${stored.hash.digest('hex')}`,
      size: stored.size,
      diffId: `sha256:${tar.hash.digest('hex')}`,
      files
    }
  } finally {
    await handle.close()
  }
}
