import type { EnvironmentConfig, KubernetesTargetConfig } from '../../config/types.js';
import { type Backoff, type Clock } from '../../net/poll.js';
import type { RetryPolicy } from '../../net/retry-policy.js';
import type { DeploymentRequest, DeploymentResult, DeploymentTarget, RunningState } from '../deployment-target.js';
export interface KubernetesTargetOptions {
    config: KubernetesTargetConfig;
    environment: EnvironmentConfig;
    /** mxdeploy.yml's app, recorded on the resource. */
    app: string;
    /** The package repository's URI: the cluster must be able to download from it. */
    repository: string;
    /** Where KUBECONFIG and HOME are read; default process.env. */
    env?: NodeJS.ProcessEnv;
    backoff?: Backoff;
    clock?: Clock;
    retry?: RetryPolicy;
    /** How long one API request may go unanswered (default 30 s). */
    requestTimeoutMs?: number;
    /** See waitForOperator. */
    pickupMs?: number;
    /** For the check that the package downloads without credentials. */
    fetch?: typeof fetch;
}
/**
 * A MendixApp of the Mendix Operator, created or updated with server-side apply (field manager
 * mxdeploy); what runs is read back from its spec and status. @kubernetes/client-node loads only
 * when a Kubernetes environment is used.
 */
export declare class KubernetesTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = true;
    readonly type = "kubernetes";
    constructor(options: KubernetesTargetOptions);
    private get env();
    private cluster;
    /**
     * What the MendixApp runs: the package mxdeploy recorded on it (while its sourceURL is still
     * the one recorded) with the constants and scheduled events of its spec, when the operator
     * reports it running; undefined when there is no MendixApp.
     */
    current(): Promise<RunningState | undefined>;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
}
