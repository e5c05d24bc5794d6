import { ConfigurationError, OperationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { RetryBudget, type RetryPolicy, type RetryTask } from '../../net/retry-policy.js';
import { type Credentials } from './credentials.js';
import { type Body, type HttpResponse } from './http.js';
import { type OciReference } from './reference.js';
/** Token scope actions a request needs (distribution's token spec). */
export type Actions = 'pull' | 'pull,push' | 'delete';
export interface RegistryRequest {
    method: string;
    /** Path under `/v2/<repo>/`, or an absolute URL (an upload Location). */
    path: string | URL;
    headers?: Record<string, string>;
    body?: Body;
    actions: Actions;
    /**
     * Sent once: a failure that is worth another attempt is thrown as a TransientError for the
     * caller, who resumes (a PATCH of an upload) rather than resending the same request.
     */
    once?: boolean;
}
/**
 * The registry API of one repository, with authentication: anonymous, basic (when the registry
 * challenges for it) and bearer tokens fetched from the challenge's realm. Credentials are only
 * sent to the registry's own origin. Requests are retried by the retry policy on a lost
 * connection and on 408, 429 and 5xx answers.
 */
export declare class RegistryClient {
    readonly ref: OciReference;
    private readonly credentials;
    private readonly env;
    private readonly log;
    readonly retry: RetryPolicy;
    /** The prefix of the variables its credentials come from, for messages. */
    private readonly variables;
    private basic;
    private token;
    constructor(ref: OciReference, credentials: Credentials | undefined, env: NodeJS.ProcessEnv, log: Logger, retry: RetryPolicy, 
    /** The prefix of the variables its credentials come from, for messages. */
    variables?: string);
    /** What a retried call is, for progress lines and the message when it is given up. */
    task(what: string): RetryTask;
    /** The retry bookkeeping of a transfer that resumes (an upload, a download). */
    budget(what: string): RetryBudget;
    /** The URL of a path under this repository's `/v2/<name>/`. */
    url(path: string): URL;
    private sameOrigin;
    private authorization;
    private lastBearer;
    private readonly pending;
    /** A token for a scope; requests that meet the same challenge at once share one fetch. */
    private obtain;
    private refresh;
    /**
     * Sends a request, retrying it while it fails transiently (unless it is sent `once`); on a 401
     * answers the challenge once and resends. A second 401 or a 403 is a ConfigurationError that
     * says which credentials to set.
     */
    request(request: RegistryRequest): Promise<HttpResponse>;
    private attempt;
    private refusal;
    private answer;
}
/** ` (CODE: message)` from an OCI error body, or '' when there is none. */
export declare function errorDetail(res: HttpResponse): Promise<string>;
/**
 * An OperationError for an answer that was not expected; a ConfigurationError when the registry
 * says the repository of the URI is unknown or not a valid name, which another try never mends.
 */
export declare function unexpected(client: RegistryClient, res: HttpResponse, what: string): Promise<OperationError | ConfigurationError>;
