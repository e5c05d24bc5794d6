import type { DeploymentRequest, DeploymentResult, DeploymentTarget, RunningState } from './deployment-target.js';
export interface LocalTargetOptions {
    /** The environment's folder: releases/, current, settings.json. */
    path: string;
    /** Releases kept, the current one included. */
    keep: number;
    /** Shell command run in the folder after the switch. */
    restart?: string;
}
/**
 * The local (on-premises shaped) target: each package unpacked once into
 * `releases/<version>-<sha>/`, its settings beside its files, and `current` a symlink switched
 * by an atomic rename. `settings.json` is a link through `current`, so a process killed at any
 * moment leaves `current` on a complete release with its own settings.
 */
export declare class LocalTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = true;
    readonly type = "local";
    private readonly store;
    constructor(options: LocalTargetOptions);
    current(): Promise<RunningState | undefined>;
    private chosen;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
    private deployLocked;
    private restart;
}
