import { LineCounter, type Document } from 'yaml';
export interface Position {
    line: number;
    column: number;
}
/** Line and column (1-based) of a YAML node, found by its JSON pointer path. */
export declare function positionOf(document: Document, lines: LineCounter, path: readonly (string | number)[], key?: string): Position | undefined;
export { LineCounter };
