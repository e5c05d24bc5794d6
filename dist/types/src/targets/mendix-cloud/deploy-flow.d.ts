import type { MendixCloudTargetConfig } from '../../config/types.js';
import type { DeploymentRequest, DeploymentResult } from '../deployment-target.js';
import { type ApiContext } from './api-context.js';
import { type V1Environment } from './environments.js';
/** What an environment runs, for messages: `model 1.0.0.3 (Running)`. */
export declare function describeRunning(environment: V1Environment): {
    text: string;
    running: boolean;
};
/**
 * Deploys a package to a Mendix Cloud environment: upload it (unless these bytes were uploaded
 * before), back up a production environment, transport, push the settings of mxdeploy.yml,
 * stop, start with AutoSyncDb, and wait until it runs. Any failure says what was done and what
 * the environment runs now, after putting the previous package back where that is possible.
 */
export declare function deployToMendixCloud(context: ApiContext, config: MendixCloudTargetConfig, request: DeploymentRequest): Promise<DeploymentResult>;
