import { OperationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { type Backoff, type Clock } from '../../net/poll.js';
import { type EventWatch } from './events.js';
import type { MendixAppResource } from './mendix-app.js';
/** How long Ready statuses are not believed after a change, when the status has no generation. */
export declare const DEFAULT_PICKUP_MS = 60000;
/** The operator reported a failure for the applied spec. */
export declare class OperatorFailedError extends OperationError {
    readonly resource: MendixAppResource;
    name: string;
    constructor(resource: MendixAppResource);
}
export interface WaitOptions {
    /** `MendixApp mendix/hello-production`. */
    what: string;
    read: () => Promise<MendixAppResource | undefined>;
    events: EventWatch;
    /** Whether the apply changed the spec (its generation moved). */
    changed: boolean;
    timeoutMs: number;
    backoff: Backoff;
    clock: Clock;
    log: Logger;
    pickupMs?: number;
}
/**
 * Polls the resource until the operator reports it running (or failed), with the shared bounded,
 * adaptive waits and a progress line per change of status or new event. With observedGeneration
 * in the status, Ready is tied to the applied spec. Without it (the Mendix documents do not
 * mention it) Ready right after a change may still describe the old spec, so it counts only
 * once the statuses have left Ready, or after the pickup time, with a warning.
 */
export declare function waitForOperator(options: WaitOptions): Promise<MendixAppResource>;
