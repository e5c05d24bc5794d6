import type { Logger } from '../../log.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
/** How long one request may go unanswered before it counts as lost (and is tried again). */
export declare const DEFAULT_REQUEST_TIMEOUT_MS = 30000;
export interface ClusterOptions {
    env: NodeJS.ProcessEnv;
    /** kubeconfig context; undefined: the current one. */
    context: string | undefined;
    namespace: string;
    retry: RetryPolicy;
    log: Logger;
    requestTimeoutMs?: number;
}
/** Which object a call is about. */
export interface ObjectRef {
    apiVersion: string;
    kind: string;
    name: string;
}
/** What server-side apply needs of an object. */
export interface Applied {
    apiVersion: string;
    kind: string;
    metadata: {
        name: string;
        namespace?: string;
    };
}
/**
 * One namespace of one cluster through @kubernetes/client-node: the kubeconfig resolved as kubectl
 * does, each request bounded in time, lost answers, 429 and 5xx retried under the shared policy
 * (every call here is a read or a server-side apply, which gives the same result when repeated),
 * and errors turned into messages that say what to fix.
 */
export declare class Cluster {
    private readonly options;
    readonly description: string;
    private readonly api;
    private readonly discovered;
    constructor(options: ClusterOptions);
    private call;
    /** A network fault or a "not now" answer, as the retry policy's TransientError. */
    private transient;
    /** Runs one request under the retry policy; failures become errors that say what to do. */
    private request;
    /** Whether the cluster serves the kind; a ConfigurationError naming what to install if not. */
    private discover;
    /** One object of the namespace, or undefined when it does not exist. */
    read<T>(ref: ObjectRef): Promise<T | undefined>;
    /** Every object of a kind in the namespace, page by page. */
    list<T>(apiVersion: string, kind: string, fieldSelector?: string): Promise<T[]>;
    /**
     * Server-side apply of `object` with field manager `manager` (force only when asked): creates
     * it or merges it into the live object. Repeating it gives the same result, so it is retried.
     */
    apply<T extends Applied>(object: T, manager: string, force: boolean): Promise<T>;
}
