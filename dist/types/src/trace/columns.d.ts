/**
 * Growable columns for tables of many rows (a trace of 100,000 commits): numbers in an
 * Int32Array and text as bytes in one buffer. Neither holds an object per row, so the garbage
 * collector never walks them, which JS arrays of numbers and strings that size made it do.
 */
/** 32-bit integers, appended or set by index. */
export declare class IntColumn {
    private data;
    length: number;
    constructor(capacity?: number);
    push(value: number): void;
    get(index: number): number;
    /** The values, as a view (valid until the next push). */
    view(): Int32Array;
    /** Sets an existing row. */
    set(index: number, value: number): void;
    private grow;
}
/**
 * Bytes appended one piece after another (SHAs, subjects as UTF-8, a document's output) in one
 * buffer that doubles when full; the caller keeps where each piece starts (`length` before it).
 */
export declare class ByteColumn {
    private data;
    private words;
    private used;
    constructor(capacity?: number);
    /** Bytes appended so far. */
    get length(): number;
    /** Appends `bytes[from, to)`. */
    append(bytes: Uint8Array, from: number, to: number): void;
    /** Appends `source[from, to)` of a DataView (see `copyWords`). */
    appendWords(source: DataView, from: number, to: number): void;
    /** Appends a string as UTF-8. */
    appendText(text: string): void;
    /**
     * The buffer, with room for `count` more bytes after `length`: for a caller that writes them
     * in place and then says how far with `advance`.
     */
    room(count: number): Buffer;
    /** As `room`, the buffer as a DataView (for `copyWords`). */
    roomWords(count: number): DataView;
    /**
     * The buffer as a DataView, whose first `length` bytes are those appended (valid until the
     * next append), for `copyWords`.
     */
    viewWords(): DataView;
    /** Takes the bytes written in place up to `to` (after `room`) as appended. */
    advance(to: number): void;
    /** The bytes appended, as a view of the buffer (valid until the next append). */
    view(): Buffer;
    /** The piece `[from, to)` decoded. */
    text(from: number, to: number, encoding: 'utf8' | 'latin1'): string;
    /**
     * Whether `[from, to)` is printable ASCII without `"` or `\`: text that JSON.stringify leaves
     * as it is, so its bytes can go to a JSON document between quotes.
     */
    isPlain(from: number, to: number): boolean;
    /** Whether the piece at `at` is the bytes `bytes[from, to)`. */
    equals(at: number, bytes: Uint8Array, from: number, to: number): boolean;
}
/** Copies `source[from, to)` into `target` at `at`: the position after it. */
export declare function copyBytes(source: Uint8Array, from: number, to: number, target: Uint8Array, at: number): number;
/** A DataView of the memory of `bytes`, with the offsets of `bytes`. */
export declare function dataViewOf(bytes: Uint8Array): DataView;
/**
 * Copies `source[from, to)` into `target` at `at`, four bytes at a time: the position after
 * it. For the short pieces documents are made of (a SHA, a subject), twice as fast as a loop
 * over bytes, and without the call that set() or copy() costs.
 */
export declare function copyWords(source: DataView, from: number, to: number, target: DataView, at: number): number;
