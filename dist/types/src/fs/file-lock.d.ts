export interface LockOptions {
    /** How long to wait for another holder before giving up (default 30 s). */
    timeoutMs?: number;
    /**
     * A lock whose holder can't be checked (another host) counts as abandoned after this long
     * (default 10 minutes). A holder on this host is checked by its process ID instead.
     */
    staleMs?: number;
    /** An empty or unreadable lock file counts as abandoned after this long (default 5 s). */
    graceMs?: number;
    /** What is being locked, for messages. */
    what?: string;
}
/**
 * Runs `work` holding an exclusive lock: a file created whole, naming its owner (pid, host,
 * time). A lock whose owner died, or an empty one older than a grace period, is taken over; the
 * lock is released only by its owner.
 */
export declare function withLock<T>(path: string, work: () => Promise<T>, options?: LockOptions): Promise<T>;
