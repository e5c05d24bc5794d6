import { ConfigurationError, OperationError } from '../../errors.js';
/** The permissions of the Portal's Environments → Permissions tab that the APIs check. */
export type MendixRight = 'API Rights' | 'Transport Rights' | 'Access to Backups';
/** What a failed API call said: its HTTP status, documented error code and message. */
export interface ApiFailure {
    readonly status: number;
    readonly code: string | undefined;
    readonly detail: string;
}
/** A call Mendix answered with an error (exit 1). */
export declare class MendixApiError extends OperationError implements ApiFailure {
    readonly status: number;
    readonly code: string | undefined;
    readonly detail: string;
    name: string;
    constructor(message: string, status: number, code: string | undefined, detail: string);
}
/**
 * A call refused for the user to fix: credentials, a missing right, an app or environment that
 * does not exist, a runtime version the environment does not take (exit 2).
 */
export declare class MendixAccessError extends ConfigurationError implements ApiFailure {
    readonly status: number;
    readonly code: string | undefined;
    readonly detail: string;
    name: string;
    constructor(message: string, status: number, code: string | undefined, detail: string);
}
/** The status, code and message of an API error, or undefined for anything else. */
export declare function apiFailure(error: unknown): ApiFailure | undefined;
export interface ErrorContext {
    /** What was being done, such as `transport package X to Acceptance`. */
    what: string;
    right?: MendixRight;
    /** How the request authenticated, for 401 messages. */
    auth: 'api-key' | 'pat';
}
/** The error to throw for a failed call: what was done, the code, and what it means. */
export declare function errorFor(status: number, code: string | undefined, detail: string, context: ErrorContext): MendixApiError | MendixAccessError;
