import { ConfigurationError, errorMessage } from '../../errors.js'
import type { Logger } from '../../log.js'
import { parseOciUri } from '../../repository/oci/reference.js'
import type { PackageRecord } from '../../repository/package-repository.js'

/**
 * The documents: spec.sourceURL is "an HTTP or HTTPS URL specifying the location of the
 * deployment package (this must be accessible from your cluster without any authentication)",
 * or `oci-image://` for an image the operator built itself. Which package repositories give one.
 */
const UNREADABLE: { test: (uri: string) => boolean; why: string }[] = [
  {
    test: (uri) => uri.startsWith('file:'),
    why: 'a file: repository is a folder on the machine that runs mxdeploy, which the cluster cannot read'
  },
  {
    test: (uri) => uri === 'artifact' || uri.startsWith('artifact:'),
    why: 'GitHub Actions artifacts are downloaded only with a GitHub token, and as a zip around the MDA'
  }
]

const READABLE_HINT =
  'The Mendix Operator downloads spec.sourceURL over http(s) without credentials; use repository: oci://HOST/REPO on a registry that allows anonymous pulls, or github-release in a public repository'

/**
 * Refuses, before anything is done, a package repository the cluster cannot download from:
 * the operator takes no credentials in the resource.
 */
export function refuseUnreadableRepository(repository: string, environment: string): void {
  const found = UNREADABLE.find((rule) => rule.test(repository))
  if (found) {
    throw new ConfigurationError(
      `environment ${environment} deploys to Kubernetes, but its packages are in ${repository}: ${found.why}. ${READABLE_HINT}`
    )
  }
}

/**
 * The URL the operator downloads the package from: an OCI repository's blob of the MDA (its
 * digest is the MDA's SHA-256), or a GitHub release asset's download URL.
 */
export function sourceUrlFor(
  repository: string,
  pkg: PackageRecord,
  env: NodeJS.ProcessEnv,
  environment: string
): string {
  refuseUnreadableRepository(repository, environment)
  if (repository.startsWith('oci://')) {
    const ref = parseOciUri(repository, env)
    return new URL(`v2/${ref.repository}/blobs/sha256:${pkg.sha256}`, ref.baseUrl).href
  }
  if (/^https?:\/\//.test(pkg.url)) return pkg.url
  throw new ConfigurationError(
    `environment ${environment} deploys to Kubernetes, but ${pkg.app} ${pkg.version} in ${repository} has no http(s) download URL (${pkg.url}). ${READABLE_HINT}`
  )
}

export interface ReadCheck {
  fetch?: typeof fetch
  timeoutMs?: number
}

/**
 * Asks for the package's first byte as the operator would, without credentials. An answer that
 * needs authentication (401, 403, 404 for a private repository) is refused before anything is
 * applied; a URL this machine cannot reach at all is only warned about, since the cluster's
 * network may reach it.
 */
export async function checkAnonymousRead(
  url: string,
  environment: string,
  log: Logger,
  options: ReadCheck = {}
): Promise<void> {
  const get = options.fetch ?? fetch
  let status: number
  try {
    const res = await get(url, {
      headers: { Range: 'bytes=0-0' },
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000)
    })
    status = res.status
    await res.body?.cancel()
  } catch (error) {
    log.warning(
      `could not check that the cluster can download ${url} (${errorMessage(error)}); going on, as the cluster's network may reach it`
    )
    return
  }
  if (status === 200 || status === 206) return
  if ([401, 403, 404].includes(status)) {
    throw new ConfigurationError(
      `environment ${environment}: the cluster cannot download the package from ${url}: it answers ${status} without credentials. ${READABLE_HINT}`
    )
  }
  log.warning(
    `${url} answers ${status} without credentials; going on, but the operator may fail to download it`
  )
}
