import type { Readable } from 'node:stream';
/** One entry of a tar archive: a plain file or a directory, with its owner, mode and time. */
export interface TarEntry {
    /** Relative path with `/` separators and no trailing slash. */
    path: string;
    type: 'file' | 'directory';
    /** Permission bits, such as 0o664. */
    mode: number;
    uid: number;
    gid: number;
    /** Modification time, seconds since 1970. */
    mtime: number;
    /** Bytes of a file (0 for a directory). */
    size: number;
    /** A file's bytes, opened when the entry is written. */
    open?: () => Promise<Readable>;
}
/**
 * The header blocks of one entry: a ustar header, preceded by a PAX extended header when the
 * name is not portable or too long for ustar, or the size exceeds 8 GiB.
 */
export declare function entryHeader(entry: TarEntry): Buffer;
/** Orders entries by their name as bytes: every parent comes before what it holds. */
export declare function compareEntries(a: TarEntry, b: TarEntry): number;
/**
 * A tar archive (POSIX ustar, PAX where needed) of the entries in name order, ending in two
 * zero blocks. The bytes depend only on the entries: the same entries give the same archive.
 * A file whose stream yields more or fewer bytes than its size fails the archive.
 */
export declare function tarStream(entries: readonly TarEntry[]): AsyncGenerator<Buffer>;
