import type { Logger } from '../../log.js';
import type { Clock } from '../../net/poll.js';
/**
 * Every progress line of the Cloud Foundry target goes through here (waits and transfers), so
 * they can move to a progress API in one change.
 */
export declare class Progress {
    private readonly log;
    private readonly clock;
    constructor(log: Logger, clock: Clock);
    /** A line about a step or a wait. */
    line(text: string): void;
    /** A reporter of bytes sent: a line every 10 s while it lasts; `done()` reports the end. */
    transfer(what: string, total: number): {
        bytes: (sent: number) => void;
        done: () => void;
    };
}
