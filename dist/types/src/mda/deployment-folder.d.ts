/** The parts of a Mendix deployment folder that make up an MDA; data/, log/, run/, tmp/ stay out. */
export declare const PACKAGED_FOLDERS: readonly ["model", "web", "native"];
export interface FolderFile {
    /** Path inside the package, `/`-separated and NFC-normalized. */
    name: string;
    /** Absolute path on disk. */
    path: string;
    size: number;
}
/** Byte order of the UTF-8 names: the same on every platform and locale. */
export declare function compareNames(a: string, b: string): number;
/** Checks that `dir` is a deployment folder: a directory with `model/metadata.json`. */
export declare function checkDeploymentFolder(dir: string): Promise<void>;
/**
 * Lists the files of `model/`, `web/` and `native/` in package order (UTF-8 byte order).
 * Symbolic links are followed when they stay inside the folder; one that leads outside is refused,
 * since packaging it would ship files from elsewhere on the machine.
 */
export declare function listDeploymentFiles(dir: string): Promise<FolderFile[]>;
