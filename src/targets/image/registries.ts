import type { Logger } from '../../log.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import { chunkSizeFor } from '../../repository/oci/chunk-size.js'
import {
  credentialsFromEnv,
  OCI_VARIABLES,
  type Credentials
} from '../../repository/oci/credentials.js'
import { parseImageReference, type ImageReference } from '../../repository/oci/image-reference.js'
import { RegistryClient } from '../../repository/oci/registry-client.js'
import { ConfigurationError } from '../../errors.js'

/** The variables of the image registry's credentials, and of a base registry elsewhere. */
export const IMAGE_VARIABLES = 'MXDEPLOY_IMAGE'
export const BASE_VARIABLES = 'MXDEPLOY_BASE'

export interface ImageSettings {
  /** The runtime image to build on, `HOST/NAME[:TAG][@sha256:…]`. */
  base: string
  /** The repository to push to, `HOST/NAME` (the tag is the package version). */
  image: string
}

/** The two registries an image build talks to, with their references. */
export interface ImageRegistries {
  baseRef: ImageReference
  imageRef: ImageReference
  base: RegistryClient
  image: RegistryClient
  /** Bytes per PATCH of uploads to the image registry. */
  chunkSize: number
}

export interface RegistryOptions {
  env: NodeJS.ProcessEnv
  log: Logger
  /** The package repository's URI: its MXDEPLOY_OCI_* credentials serve an image on its host. */
  packageRepository?: string
  /** What the settings are called in messages, such as `environment acceptance's target`. */
  what: string
  retry?: RetryPolicy
}

function sameHost(a: ImageReference, b: { baseUrl: URL }): boolean {
  return a.baseUrl.origin === b.baseUrl.origin
}

/**
 * Credentials for the image registry: MXDEPLOY_IMAGE_USERNAME/PASSWORD; else the package
 * repository's MXDEPLOY_OCI_* when it is on the same registry; else on ghcr.io GITHUB_TOKEN.
 * Credentials are never sent to a host they were not given for.
 */
function imageCredentials(
  ref: ImageReference,
  options: RegistryOptions
): { credentials: Credentials | undefined; variables: string } {
  const { env, log, packageRepository } = options
  const own = env[`${IMAGE_VARIABLES}_USERNAME`] || env[`${IMAGE_VARIABLES}_PASSWORD`]
  if (!own && packageRepository?.startsWith('oci://')) {
    const host = packageRepository.slice('oci://'.length).split('/')[0]!
    if (host === ref.host) {
      const credentials = credentialsFromEnv(ref.host, env, log, { prefix: OCI_VARIABLES })
      if (credentials) return { credentials, variables: OCI_VARIABLES }
    }
  }
  return {
    credentials: credentialsFromEnv(ref.host, env, log, { prefix: IMAGE_VARIABLES }),
    variables: IMAGE_VARIABLES
  }
}

/**
 * Parses the base and image references and opens a client for each. The image is a repository
 * without a tag or digest: its tags are the package version and the environments. A base on the
 * image's registry shares its credentials; a base elsewhere gets MXDEPLOY_BASE_* (or none).
 */
export function openRegistries(settings: ImageSettings, options: RegistryOptions): ImageRegistries {
  const { env, log, what } = options
  const baseRef = parseImageReference(settings.base, env, `${what}: base`)
  const imageRef = parseImageReference(settings.image, env, `${what}: image`)
  if (imageRef.tag || imageRef.digest) {
    throw new ConfigurationError(
      `${what}: image "${settings.image}" names a ${imageRef.digest ? 'digest' : 'tag'}: give the repository only (such as ghcr.io/acme/hello); mxdeploy tags it with the package version and the environment`
    )
  }
  const retry = options.retry ?? retryPolicyFromEnv(env)
  const pushing = imageCredentials(imageRef, options)
  const image = new RegistryClient(
    imageRef,
    pushing.credentials,
    env,
    log,
    retry,
    pushing.variables
  )
  const pulling = sameHost(baseRef, imageRef)
    ? pushing
    : {
        credentials: credentialsFromEnv(baseRef.host, env, log, { prefix: BASE_VARIABLES }),
        variables: BASE_VARIABLES
      }
  const base = new RegistryClient(baseRef, pulling.credentials, env, log, retry, pulling.variables)
  return { baseRef, imageRef, base, image, chunkSize: chunkSizeFor(imageRef.host, env) }
}
