/**
 * A Blob whose bytes are counted as they are read. fetch (undici) takes any Blob-like object (one
 * with stream(), size, type and the tag "Blob") as a request body and reads it through stream(),
 * anew for every attempt, so an upload's progress follows the bytes actually sent, and a retry
 * counts from zero again. The file-backed Blob it wraps is still streamed from disk.
 */
export declare class CountingBlob {
    private readonly blob;
    private readonly onRead;
    readonly [Symbol.toStringTag] = "Blob";
    constructor(blob: Blob, onRead: (bytesSoFar: number) => void);
    get size(): number;
    get type(): string;
    stream(): ReadableStream<Uint8Array>;
    arrayBuffer(): Promise<ArrayBuffer>;
    text(): Promise<string>;
    slice(start?: number, end?: number, contentType?: string): Blob;
}
