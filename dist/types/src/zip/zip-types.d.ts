/** One file of the archive: bytes in memory or a file on disk. */
export interface ZipInput {
    /** Path inside the archive, with forward slashes. */
    name: string;
    /** File to read the content from (when `data` is not given). */
    path?: string;
    data?: Buffer;
    /** Size in bytes, from `stat` or `data.length`. */
    size: number;
}
export interface ZipWriteOptions {
    /** Timestamp of every entry. */
    modified: Date;
    /** Archive comment (at most 65,535 bytes). */
    comment?: Buffer;
    /** Deflate level, 0–9. */
    level?: number;
    /** Entries for which this returns true are stored without trying to compress them. */
    store?: (name: string) => boolean;
    /** Upper bound on the bytes read or compressed but not yet written. */
    windowBytes?: number;
    /** Files larger than this are read, compressed and written in chunks of this size. */
    chunkBytes?: number;
    /** Write ZIP64 records even when nothing needs them (tests of the ZIP64 paths). */
    forceZip64?: boolean;
    /** Told the bytes of input each time a piece of it has been written: progress. */
    onWritten?: (inputBytes: number) => void;
}
export interface ZipWriteResult {
    entries: number;
    bytes: number;
    sha256: string;
}
