/**
 * Bytes per PATCH for a registry: MXDEPLOY_OCI_CHUNK_MIB when set, 4 MiB on ghcr.io (its limit
 * per request), 16 MiB elsewhere.
 */
export declare function chunkSizeFor(host: string, env: NodeJS.ProcessEnv): number;
