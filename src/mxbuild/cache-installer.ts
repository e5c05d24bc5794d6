import { execFile } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream } from 'node:stream/web'
import { promisify } from 'node:util'
import { errnoCode, errorMessage, OperationError } from '../errors.js'
import type { Logger } from '../log.js'
import { DownloadFailed, type MxBuildInstaller } from './installer.js'
import { makeDirectory } from '../fs/make-directory.js'

const run = promisify(execFile)

/** Overrides the cache folder, as `--mxbuild-cache` does. */
export const CACHE_VARIABLE = 'MXDEPLOY_MXBUILD_CACHE'

/** `~/.cache/mxdeploy/mxbuild` (XDG_CACHE_HOME honoured), `%LOCALAPPDATA%\mxdeploy\mxbuild` on Windows. */
export function defaultCacheRoot(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (platform === 'win32' && env['LOCALAPPDATA']) {
    return join(env['LOCALAPPDATA'], 'mxdeploy', 'mxbuild')
  }
  const cache = env['XDG_CACHE_HOME'] || join(env['HOME'] || homedir(), '.cache')
  return join(cache, 'mxdeploy', 'mxbuild')
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false
    throw error
  }
}

async function download(url: string, file: string): Promise<number> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    throw new DownloadFailed(errorMessage(cause ?? error))
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel()
    throw new DownloadFailed(`HTTP ${response.status} ${response.statusText}`, response.status)
  }
  const body = Readable.fromWeb(response.body as ReadableStream<Uint8Array>)
  await pipeline(body, createWriteStream(file, { flags: 'wx' }))
  return (await stat(file)).size
}

/**
 * MxBuild versions kept in `<root>/<version>`: downloaded with fetch, unpacked with tar in a
 * temporary folder beside them, then renamed into place, so a folder that exists is complete.
 */
export function cacheInstaller(root: string): MxBuildInstaller {
  return {
    describe: `the cache folder ${root}`,
    async find(version) {
      const folder = join(root, version)
      return (await isDirectory(folder)) ? folder : undefined
    },
    async install(version, url, log: Logger) {
      await makeDirectory(root)
      const work = await mkdtemp(join(root, `.download-${version}-`))
      try {
        log.info(`downloading MxBuild ${version} from ${url}`)
        const bytes = await download(url, join(work, 'mxbuild.tar.gz'))
        log.info(`downloaded ${(bytes / 1024 / 1024).toFixed(1)} MiB; unpacking into ${root}`)
        await mkdir(join(work, 'unpacked'))
        try {
          // Relative names and cwd: Windows' tar would take "C:" in a path for a remote host.
          await run('tar', ['-xzf', 'mxbuild.tar.gz', '-C', 'unpacked'], {
            cwd: work,
            maxBuffer: 16 << 20
          })
        } catch (error) {
          const stderr = (error as { stderr?: string }).stderr?.trim()
          throw new OperationError(
            `can't unpack MxBuild ${version} from ${url}: ${stderr || errorMessage(error)}`
          )
        }
        const folder = join(root, version)
        try {
          await rename(join(work, 'unpacked'), folder)
        } catch (error) {
          // Another build installed the same version meanwhile: theirs is as good as ours.
          const code = errnoCode(error)
          const taken = code === 'EEXIST' || code === 'ENOTEMPTY' || code === 'EPERM'
          if (!(taken && (await isDirectory(folder)))) {
            throw error
          }
        }
        return folder
      } finally {
        await rm(work, { recursive: true, force: true })
      }
    }
  }
}
