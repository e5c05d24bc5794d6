import type { M2eeTargetConfig } from '../../config/types.js';
import type { DeploymentRequest, DeploymentResult, DeploymentTarget, RunningState } from '../deployment-target.js';
export interface M2eeTargetOptions {
    config: M2eeTargetConfig;
    /** How long a runtime reporting `starting` is waited for. */
    startTimeoutMs?: number;
}
/**
 * An on-premises Linux server run by m2ee-tools: each package unpacked into its own release under
 * app-base/.mxdeploy, app-base/model and web linked to the current one, the settings in m2ee's own
 * format in a file m2ee reads after the team's m2ee.yaml, the MDA in m2ee's upload folder, then
 * the restart command and a check, through the runtime's admin API, that the runtime runs.
 */
export declare class M2eeTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = true;
    readonly type = "m2ee";
    private readonly appBase;
    constructor(options: M2eeTargetOptions);
    /**
     * What the app base runs: the marker of the release `current` points at, when model/ and web/
     * lead into it, with the settings of its m2ee file. A release mxdeploy switched to whose restart
     * it never saw succeed is reported as unconfirmed.
     */
    current(): Promise<RunningState | undefined>;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
    private deployLocked;
    /**
     * m2ee reads mxdeploy's settings only when it is given them with `-c` or the team's file
     * includes them: a restart that names neither (nor a script that does) starts the app without.
     */
    private checkRestartReadsSettings;
}
