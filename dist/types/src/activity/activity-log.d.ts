/**
 * What was done to an environment. `reconciled` records a package found running on the target
 * that the log did not show (a stage killed after its switch, a change made by hand).
 */
export type Operation = 'deploy' | 'rollback' | 'reconciled' | 'start' | 'stop' | 'restart';
export type ActivityResult = 'success' | 'failure';
/** MFA facts of an operation: who presented a code or had a session. Never the code itself. */
export interface MfaRecord {
    method: 'totp';
    /** Who passed, and how. */
    users: {
        user: string;
        via: 'code' | 'session';
    }[];
    /** Who was refused, and why (wrong-code, replayed-code, locked, no-code, no-secret). */
    refused?: {
        user: string;
        reason: string;
    }[];
    /**
     * What this operation changed in the MFA state (a code's time step spent, a session opened, a
     * wrong code counted), signed, where the state folder does not outlive the job (GitHub Actions):
     * later runs rebuild the replay guard, sessions and lockout from it. No secret, no code.
     */
    ledger?: MfaLedgerEntry[];
}
/** A signed session as the ledger carries it (the fields of the state folder's sessions.json). */
export interface MfaLedgerSession {
    user: string;
    environment: string;
    opened: string;
    expires: string;
    mac: string;
}
/**
 * One change to the MFA state. `mac` is an HMAC-SHA256 keyed from the user's TOTP secret, so
 * nobody without the secrets document can add an entry that counts; `id` makes copies harmless.
 */
export type MfaLedgerEntry = {
    kind: 'accepted';
    id: string;
    user: string;
    at: string;
    /** The RFC 6238 time step of the accepted code (not the code). */
    step: number;
    session: MfaLedgerSession;
    mac: string;
} | {
    kind: 'wrong';
    id: string;
    user: string;
    at: string;
    mac: string;
};
/** One operation on one environment, as the activity log keeps it. */
export interface ActivityRecord {
    id: string;
    /** ISO 8601 start time. */
    time: string;
    app: string;
    environment: string;
    operation: Operation;
    package: {
        version: string;
        sha256: string;
    } | null;
    actor: string;
    approvers: string[];
    mfa: MfaRecord | null;
    result: ActivityResult;
    error: string | null;
    commit: string | null;
    runUrl: string | null;
    durationMs: number;
    /** Story IDs this operation brought to the environment. */
    stories: string[];
    /** Target facts (release folder, job IDs), free-form. */
    details?: Record<string, unknown>;
}
export type ActivityStart = Omit<ActivityRecord, 'result' | 'error' | 'durationMs'>;
export interface ActivityQuery {
    app?: string;
    environment?: string;
    limit?: number;
}
/** An operation that has started and not yet been recorded as finished. */
export interface OpenActivity {
    readonly start: ActivityStart;
    /** Adapter-specific handle, e.g. the GitHub deployment ID. */
    readonly ref?: string;
}
/** How an operation ended, as the engine reports it to the log. */
export interface ActivityOutcome {
    result: ActivityResult;
    error: string | null;
    durationMs: number;
    /** Target facts, merged into the start's details. */
    details?: Record<string, unknown>;
    /** The environment's URL, when known. */
    url?: string;
}
/** The full record of a finished operation: its start, outcome and merged details. */
export declare function finishedRecord(open: OpenActivity, outcome: ActivityOutcome, extraDetails?: Record<string, unknown>): ActivityRecord;
/** The activity log of every environment. Adapters: JSONL file (default), GitHub deployments. */
export interface ActivityLog {
    /** Marks an operation as started (GitHub: creates the deployment, status in_progress). */
    begin(start: ActivityStart): Promise<OpenActivity>;
    /** Records the outcome and returns the full record. */
    finish(open: OpenActivity, outcome: ActivityOutcome): Promise<ActivityRecord>;
    /** Records, newest first. */
    list(query: ActivityQuery): Promise<ActivityRecord[]>;
}
