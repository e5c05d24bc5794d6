import type { Logger } from '../log.js';
import type { Jdk } from './java.js';
import type { MxBuildCommand } from './locate.js';
export interface MxBuildInvocation {
    command: MxBuildCommand;
    jdk: Jdk;
    project: string;
    /** Where MxBuild writes the MDA. */
    output: string;
    /** Four-part version, written into the package's metadata.json. */
    modelVersion: string;
    errorsFile: string;
    env: NodeJS.ProcessEnv;
    log: Logger;
}
/** How MxBuild ended: its exit code, or the signal that stopped it. */
export interface MxBuildExit {
    code: number | null;
    signal: NodeJS.Signals | null;
}
/** The arguments MxBuild's documentation gives for building a deployment package. */
export declare function mxbuildArguments(run: MxBuildInvocation): string[];
/** Runs MxBuild with its output streamed to the logger, and returns how it ended. */
export declare function runMxBuild(run: MxBuildInvocation): Promise<MxBuildExit>;
