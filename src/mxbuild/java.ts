import { join, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { pathKind } from '../fs/path-kind.js'

/** The JDK MxBuild is given: `--java-home` and `--java-exe-path`. */
export interface Jdk {
  javaHome: string
  javaExe: string
}

const SETUP_HINT =
  'in GitHub Actions add "uses: actions/setup-java@v4" with "distribution: temurin" and the "java-version" your Mendix version needs (17 or 21 for Mendix 10) before this step; elsewhere install a JDK and set JAVA_HOME'

/** Finds the JDK: `--java-home` else JAVA_HOME, and `--java-exe-path` else its bin/java. */
export async function resolveJdk(options: {
  javaHome: string | undefined
  javaExePath: string | undefined
  env: NodeJS.ProcessEnv
  cwd: string
  platform: NodeJS.Platform
}): Promise<Jdk> {
  const given = options.javaHome ?? (options.env['JAVA_HOME'] || undefined)
  if (!given) {
    throw new ConfigurationError(
      `MxBuild needs a JDK and none is set: give --java-home DIR or set JAVA_HOME (${SETUP_HINT})`
    )
  }
  const javaHome = resolve(options.cwd, given)
  const source = options.javaHome ? '--java-home' : 'JAVA_HOME'
  if ((await pathKind(javaHome)) !== 'directory') {
    throw new ConfigurationError(
      `${source} ${javaHome} is not a directory: point it at an installed JDK (${SETUP_HINT})`
    )
  }
  const javaExe = options.javaExePath
    ? resolve(options.cwd, options.javaExePath)
    : join(javaHome, 'bin', options.platform === 'win32' ? 'java.exe' : 'java')
  if ((await pathKind(javaExe)) !== 'file') {
    throw new ConfigurationError(
      options.javaExePath
        ? `--java-exe-path ${javaExe} is not a file: give the java program of the JDK`
        : `${javaHome} (${source}) has no ${javaExe}: is it a JDK? Give --java-exe-path FILE if java lives elsewhere`
    )
  }
  return { javaHome, javaExe }
}
