import { ConfigurationError } from '../../errors.js'
import { DEFAULT_CHUNK_SIZE, GHCR_CHUNK_SIZE } from './blob-upload.js'
import { isLoopback } from './reference.js'

/**
 * Bytes per PATCH for a registry: MXDEPLOY_OCI_CHUNK_MIB when set, 4 MiB on ghcr.io (its limit
 * per request), the whole file in one PUT on this machine, 16 MiB elsewhere.
 *
 * Chunks exist so a cut connection resumes from the last chunk stored and so a proxy's limit on
 * request bodies holds; they cost a round trip each, waiting for the registry to store its part
 * (64 of them made a 1 GiB publish to docker-registry 1.5 s slower). On loopback no network can
 * be cut and no proxy stands between, so the distribution-spec's monolithic upload (POST, then one
 * PUT with the digest) is used: a failed PUT starts the upload over, as for any file of one chunk.
 */
export function chunkSizeFor(hostname: string, env: NodeJS.ProcessEnv): number {
  const setting = env['MXDEPLOY_OCI_CHUNK_MIB']?.trim()
  if (setting) {
    if (!/^[1-9][0-9]{0,3}$/.test(setting) || Number(setting) > 1024) {
      throw new ConfigurationError(
        `MXDEPLOY_OCI_CHUNK_MIB="${setting}" is not a whole number of MiB between 1 and 1024`
      )
    }
    return Number(setting) * 1024 * 1024
  }
  if (hostname.toLowerCase() === 'ghcr.io') return GHCR_CHUNK_SIZE
  return isLoopback(hostname) ? Number.POSITIVE_INFINITY : DEFAULT_CHUNK_SIZE
}
