/**
 * Writes a file so readers see the old content or the new, never a mix: a temp file beside it,
 * fsynced, renamed over it.
 */
export declare function writeFileAtomic(path: string, data: string | Buffer, mode?: number): Promise<void>;
