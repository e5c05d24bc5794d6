import { ConfigurationError } from '../../errors.js'
import { DEFAULT_CHUNK_SIZE, GHCR_CHUNK_SIZE } from './blob-upload.js'

/**
 * Bytes per PATCH for a registry: MXDEPLOY_OCI_CHUNK_MIB when set, 4 MiB on ghcr.io (its limit
 * per request), 16 MiB elsewhere.
 */
export function chunkSizeFor(host: string, env: NodeJS.ProcessEnv): number {
  const setting = env['MXDEPLOY_OCI_CHUNK_MIB']?.trim()
  if (setting) {
    if (!/^[1-9][0-9]{0,3}$/.test(setting) || Number(setting) > 1024) {
      throw new ConfigurationError(
        `MXDEPLOY_OCI_CHUNK_MIB="${setting}" is not a whole number of MiB between 1 and 1024`
      )
    }
    return Number(setting) * 1024 * 1024
  }
  return host.toLowerCase() === 'ghcr.io' ? GHCR_CHUNK_SIZE : DEFAULT_CHUNK_SIZE
}
