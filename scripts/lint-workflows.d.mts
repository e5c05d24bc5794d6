export declare function workflowFiles(root?: string): string[]
export declare function lintWorkflow(
  file: string,
  cwd?: string
): Promise<{ file: string; problems: string[] }>
