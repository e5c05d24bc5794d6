import type { ZipInput, ZipWriteOptions, ZipWriteResult } from './zip-types.js';
export type { ZipInput, ZipWriteOptions, ZipWriteResult } from './zip-types.js';
/**
 * Writes a deterministic ZIP archive: entries in the order given, one fixed timestamp, fixed
 * permissions, no extra fields beyond ZIP64. Compression runs in the libuv thread pool on all
 * cores with a bounded window of work in flight, while this thread writes results in order.
 * Files larger than `chunkBytes` are split into chunks compressed in parallel, each primed with
 * the previous 32 KiB (as pigz does), and written with a data descriptor. The archive is written
 * to a temporary file and renamed into place, so a failure leaves nothing at `outPath`.
 */
export declare function writeZip(outPath: string, inputs: readonly ZipInput[], options: ZipWriteOptions): Promise<ZipWriteResult>;
