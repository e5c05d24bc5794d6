import { Transform } from 'node:stream';
/**
 * Hashes a file sent in ranges that may be resent (a chunk sent again after a token expired, an
 * upload resumed or started over): bytes before the hashed offset are skipped, so each byte is
 * hashed once, in order.
 */
export declare class RangeHash {
    private readonly hash;
    private hashed;
    private result;
    tap(start: number): Transform;
    /** `sha256:<hex>` of every byte sent; the same answer when asked again. */
    digest(): string;
}
