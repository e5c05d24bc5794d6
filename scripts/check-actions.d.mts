export declare const NODE_VERSION: string
export declare function rootProblems(
  rootDoc: unknown,
  subActions: { name: string; doc: unknown }[]
): string[]
export declare function checkActions(root?: string): { checked: string[]; problems: string[] }
