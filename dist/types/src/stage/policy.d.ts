import type { ActivityLog, MfaRecord, OpenActivity, Operation } from '../activity/activity-log.js';
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PackageRecord } from '../repository/package-repository.js';
/** What a policy check learned, for the activity record. */
export interface PolicyFacts {
    approvers?: string[];
    mfa?: MfaRecord | null;
}
export interface PolicyContext {
    config: MxdeployConfig;
    environment: EnvironmentConfig;
    /** The package being staged; null for start, stop and restart, which change no package. */
    package: PackageRecord | null;
    operation: Operation;
    actor: string;
    activity: ActivityLog;
    log: Logger;
}
/**
 * A check that may refuse an operation before anything changes (throw a ConfigurationError): the
 * promotion order, and access control (GitHub environment protection, TOTP).
 */
export interface StagePolicy {
    readonly name: string;
    check(context: PolicyContext): Promise<PolicyFacts>;
    /**
     * Runs once the operation is recorded as started and before anything changes: a last look at
     * what other runs recorded meanwhile (two runs accepting one code at once). A PolicyRefusal
     * here ends the record as refused.
     */
    confirm?(context: PolicyContext, started: OpenActivity): Promise<void>;
}
/**
 * An access-control refusal (wrong or reused code, no approval): the user's input, so exit 2 and
 * nothing deployed — but unlike other input errors it is recorded in the activity log, because
 * auditors want refused attempts too.
 */
export declare class PolicyRefusal extends ConfigurationError {
    readonly facts: PolicyFacts;
    name: string;
    constructor(message: string, facts: PolicyFacts);
}
