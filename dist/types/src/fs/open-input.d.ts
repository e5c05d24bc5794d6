import { type FileHandle } from 'node:fs/promises';
/**
 * Opens a regular file the user named for reading, or returns undefined when nothing is there.
 * Anything else is refused before it is read, and the check itself never blocks: `stat` first (so
 * a device is never even opened), then a non-blocking open and `fstat` (in case the path was
 * swapped in between).
 */
export declare function openInputFileIfThere(path: string, noun?: string): Promise<FileHandle | undefined>;
/** Opens a regular file the user named for reading; a missing or unreadable one is an input error. */
export declare function openInputFile(path: string, noun?: string): Promise<FileHandle>;
