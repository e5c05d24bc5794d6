import type { MxdeployConfig } from '../config/types.js';
import type { Logger } from '../log.js';
/** Who runs mxdeploy: a person or script with the CLI, or a step of a GitHub Actions job. */
export type Face = 'cli' | 'action';
/** The repository a job uses when nothing names one: a `file:` folder would go with the job. */
export declare const JOB_DEFAULT_REPOSITORY = "github-release";
/**
 * The package repository of every command, for both faces — one rule, so that what publish
 * writes is where stage and build look:
 * 1. the URI given (`--repository`, input `repository`);
 * 2. else the `repository:` mxdeploy.yml names, whatever it is (a `file:` folder too: in a job it
 *    lasts as long as the runner's workspace, which suits a self-hosted runner);
 * 3. else the default: the embedded `file:` folder beside mxdeploy.yml for the CLI (or
 *    `.mxdeploy/packages` in the working folder without one), `github-release` in a job.
 */
export declare function chooseRepository(options: {
    given: string | undefined;
    config: MxdeployConfig | undefined;
    face: Face;
    log?: Logger;
}): string;
