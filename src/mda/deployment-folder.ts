import { readdirSync, realpathSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { ConfigurationError, errnoCode } from '../errors.js'
import { METADATA_PATH } from './metadata.js'

/** The parts of a Mendix deployment folder that make up an MDA; data/, log/, run/, tmp/ stay out. */
export const PACKAGED_FOLDERS = ['model', 'web', 'native'] as const

export interface FolderFile {
  /** Path inside the package, `/`-separated and NFC-normalized. */
  name: string
  /** Absolute path on disk. */
  path: string
  size: number
}

/** Byte order of the UTF-8 names: the same on every platform and locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

async function statOrUndefined(
  path: string
): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return undefined
    throw error
  }
}

/** Checks that `dir` is a deployment folder: a directory with `model/metadata.json`. */
export async function checkDeploymentFolder(dir: string): Promise<void> {
  const info = await statOrUndefined(dir)
  if (!info) {
    throw new ConfigurationError(
      `deployment folder ${dir} does not exist: give the folder MxBuild or Studio Pro made (it holds model/ and web/)`
    )
  }
  if (!info.isDirectory())
    throw new ConfigurationError(`deployment folder ${dir} is not a directory`)
  const metadata = await statOrUndefined(join(dir, METADATA_PATH))
  if (!metadata?.isFile()) {
    throw new ConfigurationError(
      `${dir} is not a Mendix deployment folder: an MDA needs ${METADATA_PATH} (with the app's RuntimeVersion and constants) beside model/model.mdp and web/; build the app first (Studio Pro: App → Create Deployment Package, or mxbuild)`
    )
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A file name as text. ZIP names in an MDA are UTF-8; a name in another encoding (Latin-1 from an
 * old archive) cannot be packaged, and Node would turn its bytes into U+FFFD, a name no file has.
 */
function utf8Name(bytes: Buffer, folder: string): string {
  try {
    return UTF8.decode(bytes)
  } catch {
    throw new ConfigurationError(
      `${join(folder, bytes.toString('latin1'))} has a name that is not UTF-8 (bytes ${bytes.toString('hex')}): a package's names are UTF-8; rename the file`
    )
  }
}

/** Where a path leads, refused when that is outside the deployment folder or nowhere. */
function insideTarget(path: string, root: string): string {
  let real: string
  try {
    real = realpathSync(path)
  } catch (error) {
    if (errnoCode(error) === 'ELOOP')
      throw new ConfigurationError(
        `${path} is a link that leads back to itself (a loop of links): remove it, or copy the file in`
      )
    if (errnoCode(error) !== 'ENOENT') throw error
    throw new ConfigurationError(
      `${path} is a broken link (what it points to does not exist): remove it, or copy the file in`
    )
  }
  if (real !== root && !real.startsWith(root + sep)) {
    throw new ConfigurationError(
      `${path} is a link to ${real}, outside the deployment folder: copy the file in instead`
    )
  }
  return real
}

/**
 * Lists the files of `model/`, `web/` and `native/` in package order (UTF-8 byte order).
 * Symbolic links are followed when they stay inside the folder; one that leads outside is refused,
 * since packaging it would ship files from elsewhere on the machine.
 */
export async function listDeploymentFiles(dir: string): Promise<FolderFile[]> {
  await checkDeploymentFolder(dir)
  const root = realpathSync(dir)
  const files: FolderFile[] = []
  // Synchronous on purpose: nothing else runs during the walk, and on 15,000 files the promise
  // API took 0.9 s of CPU and 75 MB of memory (every stat in flight at once) against 0.05 s here.
  const walk = (path: string, name: string, ancestors: ReadonlySet<string>): void => {
    const inside = new Set(ancestors).add(realpathSync(path))
    for (const entry of readdirSync(path, { withFileTypes: true, encoding: 'buffer' })) {
      const childName = utf8Name(entry.name, path)
      const childPath = join(path, childName)
      const packageName = `${name}/${childName.normalize('NFC')}`
      if (entry.isDirectory()) {
        walk(childPath, packageName, inside)
      } else if (entry.isFile()) {
        files.push({ name: packageName, path: childPath, size: statSync(childPath).size })
      } else if (entry.isSymbolicLink()) {
        const real = insideTarget(childPath, root)
        const info = statSync(real)
        if (info.isFile()) files.push({ name: packageName, path: real, size: info.size })
        else if (info.isDirectory()) {
          if (inside.has(real))
            throw new ConfigurationError(`${childPath} links back to a folder that contains it`)
          walk(childPath, packageName, inside)
        }
      }
      // Sockets, fifos and devices are not app files.
    }
  }
  for (const folder of PACKAGED_FOLDERS) {
    const path = join(dir, folder)
    if ((await statOrUndefined(path))?.isDirectory()) {
      insideTarget(path, root) // model/ itself may be a link
      walk(path, folder, new Set())
    }
  }
  files.sort((a, b) => compareNames(a.name, b.name))
  for (let i = 1; i < files.length; i++) {
    if (files[i]!.name === files[i - 1]!.name) {
      const [a, b] = [files[i - 1]!, files[i]!].map((f) => relative(dir, f.path)).sort(compareNames)
      throw new ConfigurationError(
        `${a} and ${b} are one name in two Unicode forms (NFC and NFD), which a package can hold only once: keep one`
      )
    }
  }
  return files
}
