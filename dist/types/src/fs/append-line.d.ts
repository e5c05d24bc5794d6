/** The calls an append makes on an open file: Node's FileHandle has them. */
export interface AppendHandle {
    stat(): Promise<{
        size: number;
    }>;
    read(buffer: Buffer, offset: number, length: number, position: number): Promise<{
        bytesRead: number;
    }>;
    write(buffer: Buffer, offset: number, length: number): Promise<{
        bytesWritten: number;
    }>;
    sync(): Promise<void>;
    close(): Promise<void>;
}
/** Opens files for appending; tests replace it to make the disk fill up mid-write. */
export interface AppendFiles {
    open(path: string, flags: string, mode: number): Promise<AppendHandle>;
}
export declare const nodeAppendFiles: AppendFiles;
/**
 * Appends `line` and a newline to a file (O_APPEND) and fsyncs it. A file that does not end in a
 * newline (a writer killed mid-line) gets one first, in the same write, so the new line never
 * glues onto the torn one. The whole line is written or the call fails: write(2) may write part
 * of it when the disk fills, and the rest then fails with ENOSPC.
 */
export declare function appendLine(path: string, line: string, files?: AppendFiles): Promise<void>;
