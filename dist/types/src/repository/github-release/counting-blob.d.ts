/**
 * A Blob whose bytes are counted as they are read. fetch (undici) reads a Blob body through its
 * stream(), anew for every attempt, so an upload's progress follows the bytes actually sent, and
 * a retry counts from zero again. It is a real Blob over the one it wraps (which Node composes
 * without copying: a file-backed Blob is still streamed from disk): Node 24's fetch sends an
 * object that only looks like a Blob as the text "[object Blob]", where Node 20's streamed it.
 */
export declare class CountingBlob extends Blob {
    private readonly onRead;
    constructor(blob: Blob, onRead: (bytesSoFar: number) => void);
    stream(): ReadableStream<Uint8Array>;
}
