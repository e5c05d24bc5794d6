export declare const repoRoot: string
export declare function listActionFiles(root?: string): { name: string; file: string }[]
export declare function readActionFile(file: string, root?: string): unknown
