import { ConfigurationError } from '../../errors.js'
import { HOST, REPOSITORY, registryBaseUrl, type OciReference } from './reference.js'

/** An image as Docker and OCI tools write it: `[host[:port]/]name[:tag][@sha256:…]`. */
export interface ImageReference extends OciReference {
  tag: string | undefined
  digest: string | undefined
}

/** image-spec's tag grammar (distribution-spec "Pulling manifests"). */
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DIGEST = /^sha256:[0-9a-f]{64}$/

/** Docker Hub: the name people write, and where its registry API answers. */
const DOCKER_HUB = 'docker.io'
const DOCKER_HUB_API = 'registry-1.docker.io'

/**
 * Whether the first component of a reference names a registry rather than a path, as Docker's
 * reference normalisation decides it: it has a dot or a port, or is `localhost`.
 */
function namesRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost'
}

/**
 * Parses an image reference. A name without a registry is Docker Hub's (`eclipse-temurin:21` is
 * `docker.io/library/eclipse-temurin:21`). Plain HTTP is used on loopback, or anywhere when
 * MXDEPLOY_OCI_PLAIN_HTTP=true; HTTPS otherwise. `what` names the setting, for messages.
 */
export function parseImageReference(
  text: string,
  env: NodeJS.ProcessEnv,
  what: string
): ImageReference {
  const fail = (why: string): ConfigurationError =>
    new ConfigurationError(`${what} "${text}" ${why}`)
  if (/^[^/]*@[^/]*\//.test(text)) {
    // Not echoed: the text holds a password.
    throw new ConfigurationError(
      `${what} carries credentials before its host, which would be printed and recorded with it: write HOST/NAME and set the registry's credentials in environment variables instead`
    )
  }
  if (/\s/.test(text) || text.includes('://')) {
    throw fail(
      'is not an image reference: write HOST/NAME[:TAG][@sha256:DIGEST] without a scheme, such as ghcr.io/acme/runtime:10.24'
    )
  }
  const [named, digest, extra] = text.split('@')
  if (extra !== undefined || named === undefined || named === '') {
    throw fail('is not an image reference: write HOST/NAME[:TAG][@sha256:DIGEST]')
  }
  if (digest !== undefined && !DIGEST.test(digest)) {
    throw fail(`has digest "${digest}", which is not sha256: followed by 64 lower-case hex digits`)
  }
  const slash = named.indexOf('/')
  const first = slash === -1 ? '' : named.slice(0, slash)
  const explicit = slash !== -1 && namesRegistry(first)
  let path = explicit ? named.slice(slash + 1) : named
  let tag: string | undefined
  const colon = path.lastIndexOf(':')
  if (colon !== -1) {
    tag = path.slice(colon + 1)
    path = path.slice(0, colon)
    if (!TAG.test(tag)) {
      throw fail(
        `has tag "${tag}", which is not an OCI tag: letters, digits, _ . - (up to 128, not starting with . or -)`
      )
    }
  }
  const host = explicit ? first : DOCKER_HUB
  if (!HOST.test(host)) throw fail(`names registry "${host}", which is not a host[:port]`)
  if (!explicit && !path.includes('/')) path = `library/${path}`
  if (!REPOSITORY.test(path)) {
    throw fail(
      `names repository "${path}", which is not an OCI repository name: lower-case letters, digits and . _ - separated by /`
    )
  }
  const apiHost = host === DOCKER_HUB ? DOCKER_HUB_API : host
  return { host, repository: path, baseUrl: registryBaseUrl(apiHost, env), tag, digest }
}

/** `host/name`, as people write an image without its tag. */
export function imageName(ref: OciReference): string {
  return `${ref.host}/${ref.repository}`
}
