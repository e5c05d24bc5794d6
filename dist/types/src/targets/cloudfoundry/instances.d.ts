import { OperationError } from '../../errors.js';
import { type CfContext } from './context.js';
import type { CfApp, InstanceStats } from './resources.js';
/** The instances of a process crashed, all of them. */
export declare class CrashError extends OperationError {
    name: string;
}
/** The stats of a process's instances (`{ "resources": [...] }`, not paginated). */
export declare function processStats(context: CfContext, processGuid: string): Promise<InstanceStats[]>;
/** The stats of the app's web process. */
export declare function webStats(context: CfContext, app: CfApp): Promise<InstanceStats[]>;
export interface InstanceSummary {
    running: boolean;
    /** Every instance CRASHED (and there is at least one). */
    crashed: boolean;
    /** `1 of 2 running, 1 starting`, placement errors included. */
    text: string;
}
/**
 * The cf CLI's rule: a process is up once any instance is RUNNING, failed when all crashed;
 * anything else is still on its way.
 */
export declare function summarize(stats: InstanceStats[]): InstanceSummary;
/**
 * Why the app's instances crashed: the newest `audit.app.process.crash` event since `since`
 * (exit status, description and reason from Diego), and the app's last log lines.
 */
export declare function crashReport(context: CfContext, app: CfApp, since: string | undefined, processGuid?: string): Promise<string>;
