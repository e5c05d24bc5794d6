import type { FileHandle } from 'node:fs/promises';
import { type SqlValue } from './record.js';
export declare const HEADER_SIZE = 100;
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
/** The facts of the 100-byte database header that reading needs. */
export interface SqliteHeader {
    pageSize: number;
    /** Bytes at the end of every page kept for extensions (encryption, checksums). */
    reservedBytes: number;
    /** pageSize − reservedBytes: the part of a page b-trees use. */
    usableSize: number;
    pageCount: number;
    textEncoding: TextEncoding;
    /** 1 for a rollback journal, 2 for write-ahead logging. */
    readVersion: number;
}
/** One row of a table b-tree. */
export interface SqlRow {
    rowid: number;
    values: SqlValue[];
}
/** Parses the database header; `fileSize` bounds the page count. */
export declare function parseHeader(header: Buffer, fileSize: number): SqliteHeader;
/**
 * A read-only view of an SQLite database file that reads only the pages a query walks through.
 * It reads table b-trees (rowid tables), records and overflow chains; not indexes or the WAL.
 */
export declare class SqliteDatabase {
    private readonly handle;
    readonly header: SqliteHeader;
    /** Pages read so far, for callers that check how little was read. */
    pagesRead: number;
    private constructor();
    /** Reads the header of an open file; the caller keeps ownership of `handle`. */
    static open(handle: FileHandle): Promise<SqliteDatabase>;
    /** Reads page `number` (1-based) in one read. */
    page(number: number): Promise<Buffer>;
    /** The rows of the table b-tree rooted at `root`, in rowid order, read page by page. */
    rows(root: number): AsyncGenerator<SqlRow>;
    private walk;
    private leafCell;
}
/** How much of a payload of `size` bytes a table leaf cell keeps on its own page (file format §1.6). */
export declare function localPayload(size: number, usable: number): number;
