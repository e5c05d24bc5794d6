import { ConfigurationError, OperationError } from '../../errors.js';
/** A `Status` object, the body of every failed Kubernetes API call (apimachinery meta/v1). */
export interface KubernetesStatus {
    kind?: string;
    status?: string;
    message?: string;
    reason?: string;
    code?: number;
    details?: {
        name?: string;
        group?: string;
        kind?: string;
        causes?: {
            reason?: string;
            message?: string;
            field?: string;
        }[];
        retryAfterSeconds?: number;
    };
}
/** A call the cluster answered with an error that is not the user's to fix (exit 1). */
export declare class KubernetesApiError extends OperationError {
    readonly code: number;
    readonly reason: string | undefined;
    name: string;
    constructor(message: string, code: number, reason: string | undefined);
}
/** A call the cluster refused for the user to fix: credentials, RBAC, namespace, invalid spec (exit 2). */
export declare class KubernetesRefusal extends ConfigurationError {
    readonly code: number;
    readonly reason: string | undefined;
    name: string;
    constructor(message: string, code: number, reason: string | undefined);
}
/** A field another field manager owns with another value (server-side apply, 409): nothing was applied. */
export declare class FieldConflictError extends ConfigurationError {
    readonly conflicts: {
        manager: string;
        field: string;
    }[];
    name: string;
    constructor(message: string, conflicts: {
        manager: string;
        field: string;
    }[]);
}
/** The Status an ApiException carries (client-node keeps the body as text), when it has one. */
export declare function statusOf(error: unknown): KubernetesStatus | undefined;
/** What a call is, for messages: `applying MendixApp mendix/hello`. */
export interface CallContext {
    what: string;
    namespace: string;
    /** `context prod (https://…)`. */
    cluster: string;
}
/** The error to throw for an answer the cluster gave with an error status. */
export declare function errorForStatus(code: number, status: KubernetesStatus | undefined, call: CallContext): Error;
