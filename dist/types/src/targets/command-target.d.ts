import type { DeploymentRequest, DeploymentResult, DeploymentTarget, RunningState } from './deployment-target.js';
export interface CommandTargetOptions {
    run: string;
    timeoutMinutes?: number;
    /** Folder the command runs in (the configuration's folder). */
    cwd: string;
}
/**
 * Runs the user's deploy command (Docker, the Portable App Distribution, a VM script) with the
 * MDA and settings in its environment. A non-zero exit fails the stage with its output.
 */
export declare class CommandTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = false;
    readonly type = "command";
    constructor(options: CommandTargetOptions);
    current(): Promise<RunningState | undefined>;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
}
