import { type SafetyLimits } from './safety.js';
export interface ExtractResult {
    /** Files written. */
    files: number;
    /** Their total size in bytes. */
    bytes: number;
}
/**
 * Extracts an archive into `dest`, a folder this call creates (it must not exist yet). The archive
 * is refused before anything is written when its central directory shows it is unsafe; every
 * entry's size and CRC-32 are checked as it streams; only plain files and folders are created,
 * all under `dest`. On any failure `dest` is removed, so nothing is left behind.
 */
export declare function extractZip(path: string, dest: string, label?: string, limits?: SafetyLimits): Promise<ExtractResult>;
