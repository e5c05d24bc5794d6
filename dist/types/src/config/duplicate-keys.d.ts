import { type Document } from 'yaml';
/** A key given again in the same mapping, and where (its offset in the text). */
export interface DuplicateKey {
    key: string;
    offset: number;
}
/**
 * Keys given twice in one mapping. The YAML library's own check (uniqueKeys) compares each key
 * with every key before it, which made a file with 200,000 environments take minutes; a set per
 * mapping does the same in one pass.
 */
export declare function duplicateKeys(document: Document): DuplicateKey[];
