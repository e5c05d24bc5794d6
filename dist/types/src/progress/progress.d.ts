/**
 * Progress of long work (packing, uploads, downloads) as the domain reports it, without knowing
 * who shows it: a terminal's updating line, a plain line every few seconds in a log, or nothing.
 */
/** One piece of long work, counted in bytes. */
export interface ProgressTask {
    /** Bytes done so far. It may go back: an upload resumed from an earlier offset. */
    update(done: number): void;
    /** Adds bytes to what is done. */
    advance(bytes: number): void;
    /** The work ended, done or not: the reporter closes its line. */
    end(): void;
}
/** Starts tasks; each reporter decides how and how often to show them. */
export interface ProgressReporter {
    /** `label` says what runs ("uploading hello_1.2.0.15.mda"); `total` in bytes, when known. */
    start(label: string, total?: number): ProgressTask;
}
/** Where time comes from: a test's clock moves only when the test says. */
export interface Clock {
    now(): number;
}
export declare const systemClock: Clock;
/** Shows nothing: `--quiet`, and code that was given no reporter. */
export declare const silentProgress: ProgressReporter;
/** A task of `reporter`, or one that shows nothing when there is none. */
export declare function startProgress(reporter: ProgressReporter | undefined, label: string, total?: number): ProgressTask;
/** Runs `work` with a task that ends when the work does, whether it succeeds or fails. */
export declare function withProgress<T>(reporter: ProgressReporter | undefined, label: string, total: number | undefined, work: (task: ProgressTask) => Promise<T>): Promise<T>;
