import { Readable } from 'node:stream';
/** A request body streamed from disk, with its exact length so nothing is buffered. */
export interface StreamBody {
    contentType: string;
    length: number;
    /** A fresh stream of the whole body, so a request can be sent again. */
    open: () => Readable;
}
export interface FilePart {
    field: string;
    fileName: string;
    path: string;
    size: number;
    /** Told the bytes of the file sent so far, after each chunk. */
    onBytes?: (sent: number) => void;
}
/**
 * A multipart/form-data body (RFC 7578): text fields first, then one file streamed from disk,
 * its length known up front, so the file is never held in memory. A file that changes size
 * while it is sent fails the stream rather than sending other bytes than were counted.
 */
export declare function multipartBody(fields: Record<string, string>, file: FilePart): StreamBody;
