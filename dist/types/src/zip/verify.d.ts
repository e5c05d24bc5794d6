import { type CentralDirectory } from './central-directory.js';
import { type SafetyLimits } from './safety.js';
export interface VerifyResult {
    directory: CentralDirectory;
    /** Every problem found; empty when the archive is sound. */
    problems: string[];
}
/**
 * Checks an archive completely: the central directory's safety rules, then every entry's data
 * decompressed and compared with its size and CRC-32. Reads run in parallel, in offset order;
 * large entries stream, so memory stays bounded.
 */
export declare function verifyZip(path: string, label?: string, limits?: SafetyLimits): Promise<VerifyResult>;
