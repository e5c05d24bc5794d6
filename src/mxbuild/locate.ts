import { access, constants } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { ConfigurationError, OperationError } from '../errors.js'
import { pathKind } from '../fs/path-kind.js'
import type { Logger } from '../log.js'
import { DownloadFailed, mxbuildUrl, type MxBuildInstaller } from './installer.js'

/** How to start MxBuild: a program and the arguments before MxBuild's own. */
export interface MxBuildCommand {
  program: string
  prefix: string[]
  /** The MxBuild file itself, for messages. */
  path: string
}

/**
 * Where an unpacked MxBuild keeps its program: `modeler/mxbuild` (Linux, Mendix 10+),
 * `modeler/mxbuild.exe` (Windows; on Linux run with mono before Mendix 10), `modeler/mxbuild.dll`
 * (run with dotnet). A folder that is `modeler/` itself works too.
 */
function candidates(platform: NodeJS.Platform): string[] {
  const names = platform === 'win32' ? ['mxbuild.exe'] : ['mxbuild', 'mxbuild.dll', 'mxbuild.exe']
  return names.flatMap((name) => [join('modeler', name), name])
}

/** The command for an MxBuild program file, by its kind. */
export function commandFor(path: string, platform: NodeJS.Platform): MxBuildCommand {
  const ext = extname(path).toLowerCase()
  if (ext === '.dll') return { program: 'dotnet', prefix: [path], path }
  if (ext === '.exe' && platform !== 'win32') return { program: 'mono', prefix: [path], path }
  return { program: path, prefix: [], path }
}

/** The MxBuild program inside an unpacked MxBuild folder, or undefined. */
export async function findInFolder(
  dir: string,
  platform: NodeJS.Platform
): Promise<MxBuildCommand | undefined> {
  for (const name of candidates(platform)) {
    const path = join(dir, name)
    if ((await pathKind(path)) === 'file') return commandFor(path, platform)
  }
  return undefined
}

/** The MxBuild that `--mxbuild PATH` names: the program, or the folder of an unpacked MxBuild. */
export async function explicitMxBuild(
  given: string,
  cwd: string,
  platform: NodeJS.Platform
): Promise<MxBuildCommand> {
  const path = resolve(cwd, given)
  const kind = await pathKind(path)
  if (!kind) {
    throw new ConfigurationError(
      `MxBuild ${path} does not exist: give --mxbuild the mxbuild program or the folder MxBuild's .tar.gz unpacks into, or leave it out to download MxBuild`
    )
  }
  if (kind === 'directory') {
    const found = await findInFolder(path, platform)
    if (!found) {
      throw new ConfigurationError(
        `${path} holds no MxBuild: expected ${candidates(platform).join(', ')} in it`
      )
    }
    return found
  }
  const command = commandFor(path, platform)
  if (command.program === path && platform !== 'win32') {
    try {
      await access(path, constants.X_OK)
    } catch {
      throw new ConfigurationError(`MxBuild ${path} is not executable: chmod +x it`)
    }
  }
  return command
}

export interface LocateOptions {
  version: string
  installer: MxBuildInstaller
  baseUrl: string
  platform: NodeJS.Platform
  log: Logger
}

/** The MxBuild for `version`: installed already, else downloaded and installed. */
export async function installedMxBuild(options: LocateOptions): Promise<MxBuildCommand> {
  const { version, installer, platform, log } = options
  const cached = await installer.find(version)
  if (cached) {
    const found = await findInFolder(cached, platform)
    if (!found) {
      throw new OperationError(
        `${cached} in ${installer.describe} holds no MxBuild program (${candidates(platform).join(', ')}): delete the folder so it is downloaded again`
      )
    }
    log.info(`using MxBuild ${version} from ${cached}`)
    return found
  }
  if (platform !== 'linux' && platform !== 'win32') {
    throw new ConfigurationError(
      `Mendix publishes MxBuild for Linux and Windows only; on ${platform} give --mxbuild PATH (an MxBuild ${version} you have), or build on Linux`
    )
  }
  const url = mxbuildUrl(version, platform, options.baseUrl)
  let folder: string
  try {
    folder = await installer.install(version, url, log)
  } catch (error) {
    if (!(error instanceof DownloadFailed)) throw error
    if (error.status === 404) {
      throw new ConfigurationError(
        `there is no MxBuild ${version} at ${url} (HTTP 404): the .mpr says Mendix ${version}; check that this is a released Mendix version, or give --mxbuild PATH`
      )
    }
    throw new OperationError(`can't download MxBuild ${version} from ${url}: ${error.message}`)
  }
  const found = await findInFolder(folder, platform)
  if (!found) {
    throw new OperationError(
      `the MxBuild archive ${url} holds none of ${candidates(platform).join(', ')}`
    )
  }
  return found
}
