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

/** sha256sum's line: `\` first when the name is escaped, the hash, then ` ` or ` *` and the name. */
const LINE = /^(\\?)([0-9a-fA-F]{64})(?:\s+\*?(.*))?$/

/** The hash recorded next to a package, or undefined when there is no such file. */
export async function readSidecar(file: string): Promise<string | undefined> {
  const path = sidecarPath(file)
  const handle = await openInputFileIfThere(path, 'checksum file')
  if (!handle) return undefined
  try {
    return parseSidecar(await handle.readFile('utf8'), basename(file), path)
  } finally {
    await handle.close()
  }
}

/**
 * The hash in the text of a `.sha256` file for the package named `file`. A name in it must be the
 * package's (any folder before it is where sha256sum ran): the checksum of another file says
 * nothing about this one, even when the two happen to be equal. `label` names the text in errors.
 */
export function parseSidecar(text: string, file: string, label: string): string {
  const match = LINE.exec(text.split('\n')[0]!.replace(/\r$/, '').trim())
  if (!match) {
    throw new ConfigurationError(
      `${label} is not in sha256sum format ("<64 hex digits>  <file name>")`
    )
  }
  const [, escaped, hash, recorded] = match
  const name = escaped ? unescapeName(recorded ?? '') : recorded
  if (name && basename(name) !== file) {
    throw new ConfigurationError(
      `${label} is the checksum of ${JSON.stringify(name)}, not of ${JSON.stringify(file)}: use the .sha256 made with this package, or remove it`
    )
  }
  return hash!.toLowerCase()
}

/** Undoes sha256sum's escaping of names that hold a backslash or a line break. */
function unescapeName(name: string): string {
  return name.replace(/\\([\\nr])/g, (_all, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'
  )
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
