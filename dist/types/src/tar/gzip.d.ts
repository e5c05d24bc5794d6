import { Transform, type TransformCallback } from 'node:stream';
/** zlib's default level, written down so the output does not follow a changed default. */
export declare const GZIP_LEVEL = 6;
/**
 * A gzip stream with a fixed header: the same input gives the same bytes with the same zlib.
 * (The deflate data itself is zlib's; another zlib build may choose other matches. The tar
 * inside, and so an image layer's DiffID, does not depend on it.)
 */
export declare class FixedGzip extends Transform {
    private readonly deflate;
    private crc;
    private size;
    constructor();
    _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void;
    _flush(done: TransformCallback): void;
}
