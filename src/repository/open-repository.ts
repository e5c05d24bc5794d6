import { resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { FileRepository } from './file-repository.js'
import type { Logger } from '../log.js'
import type { PackageRepository } from './package-repository.js'

export interface RepositoryContext {
  /** Folder relative `file:` paths are resolved against. */
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where adapters report progress and register secrets they obtain (registry tokens). */
  log?: Logger
}

/**
 * The repository a URI selects: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
export function openRepository(
  uri: string,
  context: RepositoryContext
): Promise<PackageRepository> {
  if (uri.startsWith('file:')) {
    const path = uri.slice('file:'.length)
    if (!path) {
      return Promise.reject(
        new ConfigurationError('repository "file:" needs a folder, such as file:.mxdeploy/packages')
      )
    }
    return Promise.resolve(new FileRepository(resolve(context.cwd, path)))
  }
  if (uri.startsWith('oci://')) {
    return import('./oci/oci-repository.js').then(
      ({ OciRepository }) => new OciRepository(uri, { env: context.env, log: context.log })
    )
  }
  return Promise.reject(
    new ConfigurationError(
      `unknown package repository "${uri}": use file:DIR, github-release, oci://HOST/REPO or artifact`
    )
  )
}
