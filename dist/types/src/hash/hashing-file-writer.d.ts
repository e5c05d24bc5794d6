/**
 * Writes a download to a file and hashes it (SHA-256) on a worker thread, so that this thread
 * only reads the socket. The pieces that arrive are handed over in 1 MiB batches without a copy:
 * a piece that is the whole of its memory (as the socket's reads are) is transferred, any other
 * is copied. On 1 GiB from a loopback registry, hashing inline (0.6 s) and reading in turn took
 * 1.5–2.0 s against 1.2–1.4 s this way. (Hashing on a worker but writing from this thread, with
 * a copy into shared slots, measured slower than inline: that is not what this does.)
 */
export declare class HashingFileWriter {
    private readonly file;
    private readonly dest;
    private readonly worker;
    private batch;
    private batchBytes;
    private handed;
    private inFlight;
    private drained;
    private digests;
    private failure;
    private constructor();
    /** Creates (or empties) `dest`, mode 0644. */
    static create(dest: string): Promise<HashingFileWriter>;
    /** Bytes taken so far. */
    get size(): number;
    private workerFailed;
    private answer;
    private fail;
    private wake;
    /** Resolves once at most `most` batches are in flight; rejects with a failure of the worker. */
    private until;
    /** Takes a piece of the download; a promise, when returned, says when to hand the next one. */
    push(piece: Buffer): Promise<void> | undefined;
    private hand;
    /** Hands over what is gathered and waits until every byte taken is written. */
    flush(): Promise<void>;
    /** Empties the file and starts the hash again, for a download that starts over. */
    restart(): Promise<void>;
    /** Writes the rest, closes the file and returns the hex SHA-256 and size of everything taken. */
    finish(): Promise<{
        sha256: string;
        size: number;
    }>;
    /** Stops the worker and closes the file after a failure; the caller removes the file. */
    abandon(): Promise<void>;
    private stop;
}
