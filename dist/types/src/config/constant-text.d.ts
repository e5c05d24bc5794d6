import { type Document } from 'yaml';
/**
 * Constant values exactly as the user wrote them. YAML reads `ApiVersion: 010` as the number 10
 * and `Ratio: 1.10` as 1.1, but a Mendix constant is text the runtime parses by the constant's
 * type: a String constant must get "010", a Decimal "1.10". Replaces, in the parsed `value`,
 * every unquoted number or boolean under environments.*.constants with its source text.
 */
export declare function keepConstantText(document: Document, value: unknown): void;
