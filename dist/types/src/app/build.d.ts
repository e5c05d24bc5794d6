import { type BuildResult } from '../build/build-package.js';
import type { MxdeployConfig } from '../config/types.js';
import type { GitHubAccess } from '../github/access.js';
import type { Logger } from '../log.js';
import type { MxBuildOptions } from '../mxbuild/build-project.js';
import type { PackageRepository } from '../repository/package-repository.js';
import { type Face } from './repository-choice.js';
/** What a build is asked for; what is left out comes from mxdeploy.yml's `build:` section. */
export interface BuildAppRequest {
    face: Face;
    cwd: string;
    env: NodeJS.ProcessEnv;
    github: GitHubAccess;
    log: Logger;
    config: MxdeployConfig | undefined;
    deploymentDir?: string | undefined;
    project?: string | undefined;
    version?: string | undefined;
    buildNumber?: string | undefined;
    out?: string | undefined;
    app?: string | undefined;
    /** Where the previous package is looked for (its URI); default: the repository rule. */
    repository?: string | undefined;
    /** An already opened repository (the pipeline's), instead of `repository`. */
    openedRepository?: PackageRepository | undefined;
    mxbuild?: MxBuildOptions;
}
/**
 * Builds a package for either face: flags win, mxdeploy.yml's `build:` fills in (a deployment
 * folder or a .mpr, the version, the output), and the manifest lists the stories of the commits
 * since the previous package. Reading stories never fails a build: a repository that cannot be
 * opened or a history that cannot be read is a warning, and the manifest lists what was found.
 */
export declare function buildApp(request: BuildAppRequest): Promise<BuildResult>;
interface BuildSource {
    deploymentDir: string | undefined;
    project: string | undefined;
    app: string | undefined;
}
/** The folder whose git history a build comes from. */
export declare function buildSourceDir(cwd: string, source: BuildSource): string | undefined;
export {};
