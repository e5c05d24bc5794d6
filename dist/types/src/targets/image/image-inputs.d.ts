import type { PackageRecord } from '../../repository/package-repository.js';
import type { PlatformChoice } from './read-image.js';
/** `platforms:` as written (a list, or `all`) as a choice; undefined is the default. */
export declare function platformChoice(platforms: readonly string[] | 'all' | undefined, what: string): PlatformChoice;
/**
 * The image's `created` and its files' time: the package's build time from its manifest (the
 * source date, reproducible), else when it was published. Never the time of the image build, so
 * the same package gives the same image.
 */
export declare function packageCreated(mdaPath: string, record: Pick<PackageRecord, 'createdAt'>): Promise<string>;
/** `org.opencontainers.image.source` in a workflow: the repository's URL. */
export declare function imageSource(env: NodeJS.ProcessEnv): string | undefined;
/**
 * Refuses an environment name that could be mistaken for a package version among the image's
 * tags (`1.2.0.1`, `1.2.0.1-test`): the environment's tag would move a version's.
 */
export declare function checkEnvironmentTag(environment: string): void;
