/**
 * SHA-256 computed on a worker thread, for a caller with other work for this thread meanwhile
 * (verifyPackage checks CRCs while the package is hashed). Bytes go through a few shared buffers
 * ("slots"): fill one, `update` it, and reuse it only after that update settled. Updates are
 * hashed in the order they are made. Registry downloads use HashingFileWriter instead: copying
 * into slots and writing from this thread measured slower there than hashing inline.
 */
export declare class BackgroundSha256 {
    /** The slots, shared with the worker: whoever holds a slot index may fill its buffer. */
    readonly slots: Buffer[];
    private readonly worker;
    private readonly hashed;
    private readonly digests;
    private failure;
    constructor(slotCount: number, slotSize: number);
    private answer;
    private fail;
    /** Hashes the first `length` bytes of a slot next; settles when the slot may be filled again. */
    update(slot: number, length: number): Promise<void>;
    /** Hex SHA-256 of everything updated so far, after which the hash starts again from nothing. */
    digest(): Promise<string>;
    /** Starts the hash again from nothing (updates made before still count toward the old one). */
    reset(): void;
    /** Stops the worker; pending updates and digests fail. */
    close(): Promise<void>;
}
