/**
 * A folder that cannot be made although the path to it looks fine: its parent exists but mkdir(2)
 * answers ENOENT there (/proc and other virtual file systems), or it is a symbolic link to a
 * folder that does not exist.
 */
export declare class UncreatableFolderError extends Error {
    readonly path: string;
    name: string;
    readonly code = "ENOENT";
    constructor(path: string, reason: string);
}
/**
 * `mkdir -p` that always ends. Node's recursive mkdir retries forever when mkdir(2) answers
 * ENOENT for a folder whose parent exists (anywhere under /proc): it takes the ENOENT to mean
 * "make the parent first", the parent exists, and it tries again. Here each level is tried at
 * most twice, and that case fails with an UncreatableFolderError.
 */
export declare function makeDirectory(path: string): Promise<void>;
