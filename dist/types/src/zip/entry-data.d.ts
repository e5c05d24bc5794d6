import type { FileHandle } from 'node:fs/promises';
import { type Readable } from 'node:stream';
import type { ZipEntry } from './central-directory.js';
/**
 * Reads and decompresses one entry into memory, with the local records and data in one read,
 * and checks its local records, size and CRC-32. For small entries such as `model/metadata.json`.
 */
export declare function readEntry(handle: FileHandle, entry: ZipEntry, label: string): Promise<Buffer>;
/**
 * A stream of an entry's decompressed bytes, once its local records are checked, that errors on a
 * size or CRC-32 mismatch at the end;
 * memory stays flat whatever the entry's size. The caller keeps `handle` open until it ends.
 */
export declare function entryStream(handle: FileHandle, entry: ZipEntry, label: string): Promise<Readable>;
