import type { ActivityStart, OpenActivity } from '../activity/activity-log.js';
import { type PolicyContext, type PolicyFacts, type StagePolicy } from './policy.js';
/**
 * Runs every policy's check in order and merges what they learned. A PolicyRefusal is recorded
 * first (who tried, what, and why; `startOf` builds the record from the facts so far), then
 * rethrown; a record that cannot be written is a warning, so the refusal's reason still shows.
 */
export declare function checkPolicies(policies: readonly StagePolicy[], context: PolicyContext, startOf: (facts: PolicyFacts) => ActivityStart): Promise<PolicyFacts>;
/** Runs the policies' confirmations on a started record; a refusal finishes it as refused. */
export declare function confirmPolicies(policies: readonly StagePolicy[], context: PolicyContext, started: OpenActivity): Promise<void>;
