import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError } from '../errors.js'
import { openInputFile, openInputFileIfThere } from '../fs/open-input.js'

/** Path of the `sha256sum`-format file that sits next to a package. */
export function sidecarPath(file: string): string {
  return `${file}.sha256`
}

/** Writes `<hex>  <name>` as `sha256sum` does, so `sha256sum -c` checks the package. */
export async function writeSidecar(file: string, sha256: string): Promise<void> {
  await writeFile(sidecarPath(file), `${sha256}  ${basename(file)}\n`)
}

/** The hash recorded next to a package, or undefined when there is no such file. */
export async function readSidecar(file: string): Promise<string | undefined> {
  const handle = await openInputFileIfThere(sidecarPath(file), 'checksum file')
  if (!handle) return undefined
  let text: string
  try {
    text = await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
  const match = /^([0-9a-fA-F]{64})\s/.exec(text) ?? /^([0-9a-fA-F]{64})$/.exec(text.trim())
  if (!match) {
    throw new ConfigurationError(
      `${sidecarPath(file)} is not in sha256sum format ("<64 hex digits>  <file name>")`
    )
  }
  return match[1]!.toLowerCase()
}

/** SHA-256 of a package file, streamed; anything but a regular file is refused unread. */
export async function sha256File(file: string): Promise<string> {
  const handle = await openInputFile(file, 'archive')
  const hash = createHash('sha256')
  try {
    await pipeline(handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }), hash)
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}
