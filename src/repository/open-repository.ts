import { resolve } from 'node:path'
import type { StoryPatternConfig } from '../stories/story-patterns.js'
import { ConfigurationError } from '../errors.js'
import { githubAccess, type GitHubAccess } from '../github/access.js'
import type { Logger } from '../log.js'
import { retryPolicyFromEnv } from '../net/retry-settings.js'
import { redactCredentials } from '../redact.js'
import { CheckedRepository } from './checked-repository.js'
import { FileRepository } from './file-repository.js'
import type { PackageRepository } from './package-repository.js'

export interface RepositoryContext {
  /** Folder relative `file:` paths are resolved against. */
  cwd: string
  /** Settings adapters read (MXDEPLOY_OCI_*, MXDEPLOY_RETRY_SECONDS); never a token carrier. */
  env: NodeJS.ProcessEnv
  /** GitHub token and run context; default: what `env` says (GITHUB_TOKEN, GITHUB_REPOSITORY). */
  github?: GitHubAccess | undefined
  /** traceability.patterns of mxdeploy.yml: release notes link the package's stories with them. */
  storyPatterns?: readonly StoryPatternConfig[] | undefined
  /** Where adapters report what they do (resuming a draft, retries). */
  log?: Logger | undefined
}

/**
 * The repository a URI selects, behind the gate that checks every app name and version: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
export async function openRepository(
  uri: string,
  context: RepositoryContext
): Promise<PackageRepository> {
  return new CheckedRepository(await openAdapter(uri, context))
}

async function openAdapter(uri: string, context: RepositoryContext): Promise<PackageRepository> {
  if (uri.startsWith('file:')) {
    const path = uri.slice('file:'.length)
    if (!path) {
      throw new ConfigurationError(
        'repository "file:" needs a folder, such as file:.mxdeploy/packages'
      )
    }
    return new FileRepository(resolve(context.cwd, path), context.log ? { log: context.log } : {})
  }
  if (uri === 'github-release') {
    const { openGitHubReleaseRepository } = await import('./github-release/open.js')
    return openGitHubReleaseRepository(context.github ?? githubAccess(context.env), {
      ...context,
      retry: retryPolicyFromEnv(context.env)
    })
  }
  if (uri === 'artifact' || uri.startsWith('artifact:')) {
    const name = uri === 'artifact' ? undefined : uri.slice('artifact:'.length)
    // Loaded only when selected: the adapter's client library costs start-up time.
    const { openArtifactRepository } = await import('./artifact/artifact-repository.js')
    return openArtifactRepository(name, context.env)
  }
  if (uri.startsWith('oci://')) {
    const { OciRepository } = await import('./oci/oci-repository.js')
    return new OciRepository(uri, {
      env: context.env,
      github: context.github ?? githubAccess(context.env),
      ...(context.log ? { log: context.log } : {})
    })
  }
  throw new ConfigurationError(
    `unknown package repository "${redactCredentials(uri)}": use file:DIR, github-release, oci://HOST/REPO or artifact[:NAME]`
  )
}
