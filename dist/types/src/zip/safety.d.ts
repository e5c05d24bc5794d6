import type { CentralDirectory, ZipEntry } from './central-directory.js';
/**
 * Limits on what an archive may expand to; beyond them it is treated as a zip bomb.
 *
 * There is no per-entry ratio limit. Deflate cannot expand past about 1032:1 (zeros in Info-ZIP
 * zip 3.0: 1 MiB 1015:1, 2 MiB 1023.5:1, 64 MiB 1030.4:1), so a 1000:1 limit stopped no bomb (one
 * built at 999:1 expands as far) and only refused long runs of one byte, which real files have:
 * a 2 MiB file of zeros made a package that build wrote and publish refused. Real deployment
 * folders are far below either figure (4,702 files of 25 public Mendix apps' deployment/ folders,
 * zipped by Info-ZIP at level 6: median 1.8:1, 99th percentile 9.3:1, highest 34.5:1, a .DS_Store;
 * whole packages at most 2.6:1). What bounds an expansion is its total, which every reader checks
 * as it inflates (an entry that outgrows its declared size is refused), so that is the limit.
 */
export interface SafetyLimits {
    /** Largest total uncompressed size of all entries. */
    maxTotalBytes: number;
    /** Most entries. */
    maxEntries: number;
}
export declare const DEFAULT_LIMITS: SafetyLimits;
/** Whether the entry is a directory marker (a name ending in `/`). */
export declare function isDirectory(entry: ZipEntry): boolean;
/** Why a name can't be extracted safely, or undefined when it can. */
export declare function unsafeName(name: string): string | undefined;
/** An entry as the list rules see it: its path in the archive and its uncompressed size. */
export interface ListedEntry {
    name: string;
    size: number;
}
/** A rule a list of entries breaks: the entry at fault (none for the list as a whole), and why. */
export interface RuleBreach {
    entry?: string;
    why: string;
}
/**
 * The rules on a package's list of entries, which build checks before it writes a package and
 * verify, publish and extraction check on every archive: safe names, no name twice, the number of
 * entries and their total size.
 */
export declare function listRuleBreaches(entries: readonly ListedEntry[], limits?: SafetyLimits): RuleBreach[];
/**
 * Everything wrong with an archive that its central directory alone shows: the list rules, then
 * symlinks, encryption, unknown methods and overlapping entries. Returns one message per problem.
 */
export declare function directoryProblems(directory: CentralDirectory, limits?: SafetyLimits): string[];
