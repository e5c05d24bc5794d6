export declare function renderTable(kind: 'inputs' | 'outputs', doc: unknown): string
export declare function updateReadme(
  text: string,
  actions: { name: string; doc: unknown }[],
  prettierOptions?: Record<string, unknown>
): Promise<{ text: string; found: string[]; missing: string[]; problems: string[] }>
export declare function run(options?: {
  check?: boolean
  readme?: string
  root?: string
}): Promise<{ code: number; lines: string[] }>
