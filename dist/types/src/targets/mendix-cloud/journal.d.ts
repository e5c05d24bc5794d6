/**
 * What a deployment or operation has done so far, so a failure says exactly where it stopped
 * and what the environment runs now: "uploaded …; transporting … failed with …; Acceptance
 * still runs 1.0.0.3 (Running), unchanged".
 */
export declare class Journal {
    private readonly mode;
    private readonly before;
    private readonly label;
    private readonly done;
    private transported;
    private stopped;
    private startRequested;
    /**
     * @param mode the environment's Mode
     * @param before what it ran when we began: `model 1.0.0.3 (Running)` or `nothing (Empty)`
     * @param label what is being deployed, for messages: `hello 1.2.0.4`
     */
    constructor(mode: string, before: {
        text: string;
        running: boolean;
    }, label: string);
    /** A step that completed. */
    record(text: string): void;
    markTransported(): void;
    markStopped(): void;
    markStartRequested(): void;
    /** The previous package was transported back after a failure: the environment is as it was. */
    markRestored(): void;
    /** Transported, not yet stopped: transporting the previous package back undoes it. */
    get undoable(): boolean;
    /** Whether the environment itself has changed (its package or whether it runs). */
    get changed(): boolean;
    /** What the environment runs now, as far as the steps done tell. */
    private state;
    /**
     * The error to throw for a failure: everything done, the failure, what was done about it, where
     * things stand. A
     * ConfigurationError stays one while the environment is untouched (exit 2, nothing changed).
     */
    failure(error: unknown, afterwards?: string[]): Error;
}
