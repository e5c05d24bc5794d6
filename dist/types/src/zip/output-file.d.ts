import type { FileHandle } from 'node:fs/promises';
/**
 * Append-only writer over a file handle that gathers small pieces into ~1 MiB writes through one
 * reused buffer (no garbage per write), and hashes what it writes, so the SHA-256 comes for free.
 */
export declare class OutputFile {
    private readonly handle;
    private readonly buffer;
    private used;
    private readonly hash;
    /** Bytes written so far, including those still buffered. */
    position: number;
    constructor(handle: FileHandle);
    write(piece: Buffer): Promise<void>;
    flush(): Promise<void>;
    /** Flushes and returns the hex SHA-256 of everything written. */
    finish(): Promise<string>;
    private writeAll;
}
