import type { RepositoryLeftover } from './package-repository.js';
/** A publish's staging folder: `dir` names its owner; `packageDir` is what is renamed into place. */
export interface Staging {
    dir: string;
    packageDir: string;
}
/** Makes a staging folder in the app's folder, its owner (pid, host, time) written first. */
export declare function makeStaging(appDir: string): Promise<Staging>;
/**
 * The staging folders of publishes that stopped before renaming their package into place, oldest
 * name first; removed unless `dryRun`. A live publisher's folder is never touched.
 */
export declare function cleanStaging(appDir: string, dryRun: boolean): Promise<RepositoryLeftover[]>;
