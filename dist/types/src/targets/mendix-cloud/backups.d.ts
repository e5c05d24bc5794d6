import type { ApiContext } from './api-context.js';
/** Backups API v2 snapshot, as "Request Creation of an Environment Snapshot" returns it. */
export interface Snapshot {
    snapshot_id: string;
    /** queued, then running, then failed or completed. */
    state: string;
    status_message: string | null;
    model_version: string | null;
    comment: string | null;
    created_at: string | null;
    finished_at: string | null;
    updated_at: string | null;
    expires_at: string | null;
}
/**
 * Creates a snapshot of the environment's data (database and files) and waits until it is
 * completed; a failed snapshot fails the call with Mendix's status message.
 */
export declare function createSnapshot(context: ApiContext, ids: {
    projectId: string;
    environmentId: string;
    mode: string;
}, comment: string, timeoutMs: number): Promise<Snapshot>;
