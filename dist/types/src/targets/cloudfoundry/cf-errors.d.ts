import { ConfigurationError, OperationError } from '../../errors.js';
/** One entry of the v3 `errors` list: `{ "code": 10008, "title": "CF-UnprocessableEntity", "detail": … }`. */
export interface CfErrorEntry {
    code: number | undefined;
    title: string | undefined;
    detail: string;
}
/** What a failed call said: its HTTP status and the `errors` of its body. */
export interface CfFailure {
    readonly status: number;
    readonly errors: CfErrorEntry[];
}
/** A call Cloud Foundry answered with an error (exit 1). */
export declare class CfApiError extends OperationError implements CfFailure {
    readonly status: number;
    readonly errors: CfErrorEntry[];
    name: string;
    constructor(message: string, status: number, errors: CfErrorEntry[]);
}
/** A call refused for the user to fix: credentials, roles, a buildpack the platform lacks (exit 2). */
export declare class CfAccessError extends ConfigurationError implements CfFailure {
    readonly status: number;
    readonly errors: CfErrorEntry[];
    name: string;
    constructor(message: string, status: number, errors: CfErrorEntry[]);
}
/** The status and errors of a Cloud Foundry error, or undefined for anything else. */
export declare function cfFailure(error: unknown): CfFailure | undefined;
/** Whether a failure carries this error title (`CF-InvalidAuthToken`). */
export declare function hasTitle(failure: CfFailure | undefined, title: string): boolean;
/**
 * The `errors` of a v3 error body. Every error response has that shape (a 429 of the rate limiter
 * too, though it says text/plain); anything else becomes one entry with the text.
 */
export declare function errorEntries(body: unknown): CfErrorEntry[];
/** Whether a failure is a quota refusal. */
export declare function isQuota(failure: CfFailure | undefined): boolean;
export interface CfErrorContext {
    /** What was being done: `creating a deployment of hello-acc`. */
    what: string;
    /** Who and where, for 403 messages: `user ci@example.com in org acme, space acceptance`. */
    where: string;
    /** The org and space, for the commands a message suggests. */
    org: string;
    space: string;
}
/** The error to throw for a failed call: what was done, what Cloud Foundry said, what it means. */
export declare function cfErrorFor(status: number, errors: CfErrorEntry[], context: CfErrorContext): CfApiError | CfAccessError;
