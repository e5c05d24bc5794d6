import type { FileHandle } from 'node:fs/promises';
/** One entry as the central directory describes it. */
export interface ZipEntry {
    name: string;
    rawName: Buffer;
    versionMadeBy: number;
    flags: number;
    method: number;
    dosTime: number;
    dosDate: number;
    crc: number;
    compressedSize: number;
    size: number;
    externalAttributes: number;
    localOffset: number;
}
export interface CentralDirectory {
    entries: ZipEntry[];
    comment: Buffer;
    fileSize: number;
    directoryOffset: number;
    directorySize: number;
    zip64: boolean;
}
/**
 * Reads the central directory with one read of the file's tail (two when the directory is larger
 * than the tail), never touching entry data.
 */
export declare function readCentralDirectory(handle: FileHandle, fileSize: number, label: string): Promise<CentralDirectory>;
