import type { StreamBody } from './http-client.js';
/**
 * A multipart/form-data body (RFC 7578) of one file field, streamed from disk with its exact
 * length known up front: the package is never held in memory.
 */
export declare function multipartFile(field: string, fileName: string, path: string, size: number, 
/** Told the file's bytes sent so far; each attempt opens the body again from zero. */
onSent?: (bytes: number) => void): StreamBody;
