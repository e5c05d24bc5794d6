/** What is at a path (links followed): a file, a directory, or nothing (also: something else). */
export declare function pathKind(path: string): Promise<'file' | 'directory' | undefined>;
