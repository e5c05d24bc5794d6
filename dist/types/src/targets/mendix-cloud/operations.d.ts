import { type ApiContext } from './api-context.js';
/**
 * Transports an uploaded package to the environment (it runs after the next start). While
 * Mendix Cloud still processes a fresh package it answers 503; that is retried until the time
 * is up. Other errors, APP_IS_RUNNING among them, are thrown as they are.
 */
export declare function transportPackage(context: ApiContext, mode: string, packageId: string, timeoutMs: number): Promise<void>;
/** Stops the environment and waits until it no longer runs. */
export declare function stopEnvironment(context: ApiContext, mode: string, timeoutMs: number): Promise<void>;
export interface StartOutcome {
    /** Undefined when the environment was already running. */
    jobId: string | undefined;
}
/**
 * Starts the environment with the database synchronized to the model (`AutoSyncDb: true`) and
 * polls the start job until it is Started. Errors of the start job (MISSING_CONSTANT,
 * INSECURE_ADMIN_PASSWORD, …) are thrown with their code.
 */
export declare function startEnvironment(context: ApiContext, mode: string, timeoutMs: number): Promise<StartOutcome>;
