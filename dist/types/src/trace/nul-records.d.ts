/**
 * Splits a byte stream of NUL-terminated records (`git log -z`) as the bytes arrive, handing
 * each whole record on as a byte range, so the caller decodes only what it keeps (a character
 * split across chunks stays whole) and the output is never held as one string.
 */
export declare class NulRecordSplitter {
    private readonly onRecord;
    private pending;
    constructor(onRecord: (bytes: Buffer, start: number, end: number) => void);
    push(chunk: Buffer): void;
    /** Hands on a last record that had no NUL after it. */
    end(): void;
}
