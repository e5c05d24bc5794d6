import { rm } from 'node:fs/promises'
import { errorMessage } from '../../errors.js'
import { DownloadFailed, type MxBuildInstaller } from '../../mxbuild/installer.js'

const TOOL = 'mxbuild'

/** Loaded on first use: folder builds never pay for it. */
const toolCache = (): Promise<typeof import('@actions/tool-cache')> => import('@actions/tool-cache')

/**
 * The tool cache files tools under semver versions: Mendix's 10.6.1.12345 becomes 10.6.1-12345,
 * which is explicit, so `find` looks it up directly instead of matching a range.
 */
export function toolCacheVersion(version: string): string {
  const [major, minor, patch, ...build] = version.split('.')
  return build.length ? `${major}.${minor}.${patch}-${build.join('.')}` : version
}

/** MxBuild from the runner's tool cache (RUNNER_TOOL_CACHE), downloaded with @actions/tool-cache. */
export const toolCacheInstaller: MxBuildInstaller = {
  describe: "the runner's tool cache",
  async find(version) {
    const tc = await toolCache()
    return tc.find(TOOL, toolCacheVersion(version)) || undefined
  },
  async install(version, url, log) {
    const tc = await toolCache()
    log.info(`downloading MxBuild ${version} from ${url}`)
    let archive: string
    try {
      archive = await tc.downloadTool(url)
    } catch (error) {
      if (error instanceof tc.HTTPError) {
        throw new DownloadFailed(`HTTP ${error.httpStatusCode}`, error.httpStatusCode)
      }
      throw new DownloadFailed(errorMessage(error))
    }
    let unpacked: string | undefined
    try {
      unpacked = await tc.extractTar(archive)
      return await tc.cacheDir(unpacked, TOOL, toolCacheVersion(version))
    } finally {
      await rm(archive, { force: true })
      if (unpacked) await rm(unpacked, { recursive: true, force: true })
    }
  }
}
