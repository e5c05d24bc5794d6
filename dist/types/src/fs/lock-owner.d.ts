/** Who holds a lock (or is taking one over): written into the lock file as JSON. */
export interface LockOwner {
    token: string;
    pid: number;
    host: string;
    /** ISO 8601 time the owner took it. */
    since: string;
}
/** A lock file as found: its owner when it parses, and what identifies this very file. */
export interface FoundLock {
    owner?: LockOwner;
    /** The owner's token, or for a file without one its inode and change time. */
    identity: string;
    mtimeMs: number;
}
/** When a lock (or a takeover claim) counts as abandoned. */
export interface Abandonment {
    /** A holder on another host, whose process can't be checked, after this long. */
    staleMs: number;
    /** An empty or unreadable file after this long: time enough for any writer to finish. */
    graceMs: number;
}
/** A new owner record for this process. */
export declare function newOwner(): LockOwner;
/** Reads a lock file through one descriptor, so its content and identity belong together. */
export declare function readLock(path: string): Promise<FoundLock | undefined>;
/**
 * Whether a lock's holder is gone: on this host, its process has ended; elsewhere, it is older
 * than `staleMs`. A file without an owner (a writer that died before writing, or an older
 * mxdeploy's empty lock) is abandoned once older than `graceMs`.
 */
export declare function isAbandoned(found: FoundLock, rule: Abandonment): boolean;
/** A short file-name-safe digest of a lock's identity, for the names of takeover claims. */
export declare function identityTag(found: FoundLock): string;
/**
 * Creates `path` holding `content` whole, or returns false when it exists. The content goes into
 * a temporary file first, which is then hard-linked to `path` (link(2) fails when `path`
 * exists), so nobody ever sees the file empty or half written; a full disk fails here with
 * nothing created.
 */
export declare function createWhole(path: string, content: string): Promise<boolean>;
