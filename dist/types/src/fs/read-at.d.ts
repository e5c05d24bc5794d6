import type { FileHandle } from 'node:fs/promises';
/**
 * Reads up to `length` bytes at `position`, looping over short reads; the result is shorter only
 * where the file ends.
 */
export declare function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer>;
