import type { DeploymentRequest, DeploymentResult } from '../deployment-target.js';
import { type CfContext } from './context.js';
/**
 * Deploys a package to a Cloud Foundry app: find the app, plan its variables (refusing what the
 * buildpack would misread), reuse a droplet of these bytes or upload and stage them, set the
 * variables, roll the droplet out and wait until it runs. Variables change only after staging
 * succeeded, and are put back when the app ends up on what it ran before.
 */
export declare function deployToCloudFoundry(context: CfContext, request: DeploymentRequest): Promise<DeploymentResult>;
