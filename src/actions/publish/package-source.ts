import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { writeSidecar } from '../../mda/sha256-file.js'

export interface PackageSource {
  /** The MDA to publish. */
  file: string
  /** Removes what was downloaded for it. */
  cleanup(): Promise<void>
}

/** The package named by `mda-path`, relative to the workspace. */
export function packageAtPath(cwd: string, path: string): PackageSource {
  return { file: resolve(cwd, path), cleanup: () => Promise.resolve() }
}

/**
 * The package a build job of this run uploaded as workflow artifact `name`, downloaded into the
 * runner's temp folder with its SHA-256 checked, and its `.sha256` written beside it.
 */
export async function packageFromArtifact(
  name: string,
  env: NodeJS.ProcessEnv,
  log: Logger
): Promise<PackageSource> {
  // Loaded only on this path: the artifact client costs start-up time.
  const { openArtifactRepository } =
    await import('../../repository/artifact/artifact-repository.js')
  const artifacts = openArtifactRepository(name, env, 'stdout')
  const record = await artifacts.held()
  if (!record) {
    throw new ConfigurationError(
      `this workflow run has no artifact "${name}": build the package in an earlier job of the same run with the build action (upload-artifact: true, artifact-name: ${name}), or give mda-path`
    )
  }
  const dir = await mkdtemp(join(env['RUNNER_TEMP'] || tmpdir(), 'mxdeploy-publish-'))
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true })
  try {
    const file = join(dir, `${record.app}_${record.version}.mda`)
    await artifacts.download(record.app, record.version, file)
    await writeSidecar(file, record.sha256)
    log.info(`took ${record.app} ${record.version} from artifact ${name} (sha256 ${record.sha256})`)
    return { file, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}
