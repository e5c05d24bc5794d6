import type { PackageRecord, PackageRepository } from '../repository/package-repository.js';
/** A temporary folder for one stage's download (under TMPDIR). */
export declare function makeStageFolder(): Promise<string>;
/** Downloads a package (SHA-256 checked by the repository) to `dest` in a stage's folder. */
export declare function downloadForStage(repository: PackageRepository, pkg: PackageRecord, dest: string): Promise<void>;
