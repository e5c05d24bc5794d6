/** A problem with the bytes of an SQLite file; the reader turns it into a message naming the file. */
export declare class SqliteFormatError extends Error {
    name: string;
}
/** The file is no SQLite database at all (as opposed to a damaged one). */
export declare class NotSqliteError extends SqliteFormatError {
    name: string;
}
/** A value of one column, as SQLite's record format stores it. */
export type SqlValue = null | number | bigint | string | Buffer;
/**
 * Reads the varint at `at` and returns it with the offset after it. Values past 2^53 lose
 * precision; only rowids get that large, and the reader never needs them exactly.
 */
export declare function readVarint(bytes: Buffer, at: number): [value: number, next: number];
/**
 * Decodes an SQLite record (a header of serial types, then the values). Text is UTF-8: the reader
 * refuses databases in another encoding before any record is read.
 */
export declare function decodeRecord(payload: Buffer): SqlValue[];
