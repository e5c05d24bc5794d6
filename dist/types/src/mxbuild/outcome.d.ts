import { OperationError } from '../errors.js';
import type { Logger } from '../log.js';
import { type MxBuildProblem } from './problems.js';
import type { MxBuildExit } from './run.js';
/** MxBuild did not build the package; the step fails (exit 1), with its problems reported. */
export declare class MxBuildFailed extends OperationError {
    readonly exit: MxBuildExit;
    readonly problems: MxBuildProblem[];
    name: string;
    constructor(message: string, exit: MxBuildExit, problems: MxBuildProblem[]);
}
export interface OutcomeContext {
    exit: MxBuildExit;
    errorsFile: string;
    /** The .mpr as the user named it: the file annotations point at. */
    project: string;
    mendixVersion: string;
    mxbuildPath: string;
    log: Logger;
}
/**
 * Reports the problems of MxBuild's error file and turns its exit into a result: nothing on 0,
 * MxBuildFailed otherwise (1 internal error, 2 bad options, 3 errors in the model).
 */
export declare function judgeMxBuild(context: OutcomeContext): Promise<MxBuildProblem[]>;
