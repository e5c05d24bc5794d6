import { ConfigurationError } from '../../errors.js'
import { hasUserinfo, redactCredentials } from '../../redact.js'

/** Where an `oci://HOST/REPO` repository lives. */
export interface OciReference {
  /** `host[:port]` as written, for messages and record URLs. */
  host: string
  /** Repository path inside the registry, such as `org/hello`. */
  repository: string
  /** Base URL of the registry API (`https://host`, or `http://` on loopback). */
  baseUrl: URL
}

// distribution-spec "Pulling manifests": <name> grammar.
const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*'
/** A repository name as distribution-spec allows it: lower-case components separated by `/`. */
export const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)
/** `host[:port]`, a DNS name or a bracketed IPv6 address. */
export const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/

/** Hosts on this machine, where plain HTTP carries nothing across a network. */
export function isLoopback(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare)
}

/** Whether the environment allows plain HTTP to registries off this machine. */
export function plainHttpAllowed(env: NodeJS.ProcessEnv): boolean {
  const value = env['MXDEPLOY_OCI_PLAIN_HTTP']?.trim().toLowerCase()
  return value === 'true' || value === '1'
}

/**
 * Parses `oci://HOST[:PORT]/REPO`. Plain HTTP is used on loopback, or anywhere when
 * MXDEPLOY_OCI_PLAIN_HTTP=true; HTTPS otherwise.
 */
export function parseOciUri(uri: string, env: NodeJS.ProcessEnv): OciReference {
  if (hasUserinfo(uri)) {
    throw new ConfigurationError(
      `repository "${redactCredentials(uri)}" carries credentials, which would be printed and recorded with it: write oci://HOST/REPO and set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD instead`
    )
  }
  const rest = uri.startsWith('oci://') ? uri.slice('oci://'.length) : undefined
  const slash = rest?.indexOf('/') ?? -1
  if (rest === undefined || slash <= 0) {
    throw new ConfigurationError(
      `repository "${uri}" is not an OCI reference: write oci://HOST/REPO, such as oci://ghcr.io/my-org/hello`
    )
  }
  const host = rest.slice(0, slash)
  const repository = rest.slice(slash + 1)
  if (!HOST.test(host)) {
    throw new ConfigurationError(`repository "${uri}": "${host}" is not a registry host[:port]`)
  }
  if (!REPOSITORY.test(repository)) {
    throw new ConfigurationError(
      `repository "${uri}": "${repository}" is not an OCI repository name: lower-case letters, digits and . _ - separated by /, without a tag or digest`
    )
  }
  return { host, repository, baseUrl: registryBaseUrl(host, env) }
}

/** The registry API's base URL for a host: plain HTTP on loopback or when allowed, else HTTPS. */
export function registryBaseUrl(host: string, env: NodeJS.ProcessEnv): URL {
  const hostname = host.replace(/:[0-9]+$/, '')
  const scheme = isLoopback(hostname) || plainHttpAllowed(env) ? 'http' : 'https'
  return new URL(`${scheme}://${host}/`)
}
