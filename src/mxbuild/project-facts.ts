import { dirname, join } from 'node:path'
import { pathKind } from '../fs/path-kind.js'
import { BASE_URL_VARIABLE, DEFAULT_BASE_URL, mxbuildUrl } from './installer.js'
import { mxbuildJavaFor, type JavaChoice } from './jdk-version.js'
import { readMprFacts } from './mpr-version.js'

/** What a user asks first of a .mpr: which Mendix, which file format, which MxBuild and JDK. */
export interface ProjectInspection {
  kind: 'mpr'
  path: string
  /** The Studio Pro version that last saved the app: also the MxBuild and runtime it needs. */
  mendixVersion: string
  /** 1: units inside the .mpr; 2 (Mendix 10 and later): units in mprcontents/ beside it. */
  formatVersion: number
  /** Format 2 only: the folder of units beside the .mpr, and whether it is there. */
  mprcontents: { path: string; present: boolean } | null
  mxbuild: { version: string; url: string }
  /** The JDK major version MxBuild and the runtime need, as Mendix's buildpack chooses it. */
  java: JavaChoice
  warnings: string[]
}

/** Reads a .mpr's facts without MxBuild: one SQLite row and a look beside the file. */
export async function inspectProject(
  path: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): Promise<ProjectInspection> {
  const { mendixVersion, formatVersion } = await readMprFacts(path)
  const warnings: string[] = []
  let mprcontents: ProjectInspection['mprcontents'] = null
  if (formatVersion >= 2) {
    const folder = join(dirname(path), 'mprcontents')
    const present = (await pathKind(folder)) === 'directory'
    mprcontents = { path: folder, present }
    if (!present) {
      warnings.push(
        `${path} is a format-2 app file, whose documents live in ${folder}, which is missing: check out the whole app folder (MxBuild cannot build the .mpr alone)`
      )
    }
  }
  if (mendixVersion.includes('-')) {
    warnings.push(
      `Mendix ${mendixVersion} is a pre-release: Mendix publishes no MxBuild for it, so give --mxbuild PATH to build`
    )
  }
  const base = env[BASE_URL_VARIABLE] || DEFAULT_BASE_URL
  return {
    kind: 'mpr',
    path,
    mendixVersion,
    formatVersion,
    mprcontents,
    mxbuild: {
      version: mendixVersion,
      url: mxbuildUrl(mendixVersion, platform === 'win32' ? 'win32' : 'linux', base)
    },
    java: mxbuildJavaFor(mendixVersion),
    warnings
  }
}
