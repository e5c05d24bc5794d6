import type { Logger } from '../../log.js';
/** A Kubernetes Event (core/v1) as far as mxdeploy reads it. */
export interface KubernetesEvent {
    metadata?: {
        uid?: string;
        name?: string;
    };
    type?: string;
    reason?: string;
    message?: string;
    count?: number;
}
/** `Warning BuildFailed: could not download the MDA`. */
export declare function describeEvent(event: KubernetesEvent): string;
/**
 * The events of one MendixApp that appear after a point: "most controllers also send Kubernetes
 * events when a change has been processed successfully or failed" (Mendix docs, technical
 * appendix). Events are told apart by uid and count, not by time, so clock skew between this
 * machine and the cluster does not matter. A cluster that will not list events (RBAC) costs only
 * a warning.
 */
export declare class EventWatch {
    private readonly list;
    private readonly log;
    private readonly seen;
    private readonly since;
    private unreadable;
    constructor(list: () => Promise<KubernetesEvent[]>, log: Logger);
    private read;
    /** Takes the events there are now as already seen. */
    mark(): Promise<void>;
    /** Events new since the last call (or the mark). */
    fresh(): Promise<KubernetesEvent[]>;
    /** Every event since the mark, in the order seen. */
    get all(): readonly KubernetesEvent[];
}
