import type { Logger } from '../log.js';
import type { PackageRepository, PublishResult } from './package-repository.js';
export interface PublishOptions {
    /**
     * The app to file the package under (`--app`, else mxdeploy.yml's `app`). A package whose
     * manifest names another app is refused; a package without a manifest needs it.
     */
    app?: string;
    /** The version to file a package under that carries none (Studio Pro's `unversioned`). */
    version?: string;
    env: NodeJS.ProcessEnv;
    log: Logger;
    now?: Date;
}
/** Who is publishing: the workflow's actor, else the local user. */
export declare function currentActor(env: NodeJS.ProcessEnv): string;
/**
 * Verifies a package completely (CRC, safety, `.sha256`), reads its manifest and metadata into a
 * record, and publishes it. Nothing is committed to the repository unless all of that passes.
 */
export declare function publishPackage(repository: PackageRepository, file: string, options: PublishOptions): Promise<PublishResult>;
