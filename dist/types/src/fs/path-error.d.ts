/** A folder or file the user chose (by flag or in mxdeploy.yml), for messages. */
export interface ChosenPath {
    /** What it is: "the state folder", "the folder of environment test". */
    what: string;
    path: string;
    /** How to choose another: "give --state-dir a folder on a writable disk". */
    fix: string;
}
/**
 * A file-system failure on a path the user chose, as an error that names the path, says what is
 * wrong and what to do: a ConfigurationError when the path itself is unusable (not a folder,
 * read-only, not allowed, cannot be made), an OperationError when the disk is full; anything else
 * (not a file-system error) is returned as it was. Call it only where nothing has changed yet
 * when the path is unusable, since exit 2 promises that.
 */
export declare function pathError(error: unknown, chosen: ChosenPath): Promise<unknown>;
/** Makes a folder the user chose, or fails with a pathError. */
export declare function prepareFolder(chosen: ChosenPath, folder?: string): Promise<void>;
