import type { EnvironmentConfig, KubernetesTargetConfig } from '../../config/types.js';
import { type Backoff, type Clock } from '../../net/poll.js';
import type { DeploymentRequest, DeploymentResult } from '../deployment-target.js';
import type { Cluster } from './cluster.js';
import { type KubernetesEvent } from './events.js';
export interface DeployContext {
    cluster: Cluster;
    config: KubernetesTargetConfig;
    environment: EnvironmentConfig;
    app: string;
    /** The package repository's URI (mxdeploy.yml `repository:`). */
    repository: string;
    env: NodeJS.ProcessEnv;
    backoff: Backoff;
    clock: Clock;
    pickupMs?: number;
    fetch?: typeof fetch;
}
/** The MendixApp's events, as the events API selects them (involvedObject field selectors). */
export declare function eventsOf(cluster: Cluster, name: string): () => Promise<KubernetesEvent[]>;
/**
 * Stages a package to a MendixApp: checks that the cluster can download it and that the secret
 * store names every secret constant (refusals before anything is applied), applies the resource
 * with server-side apply as `mxdeploy`, and waits until the operator runs it.
 */
export declare function deployMendixApp(context: DeployContext, request: DeploymentRequest): Promise<DeploymentResult>;
