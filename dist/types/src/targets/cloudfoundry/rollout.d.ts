import { type CfContext } from './context.js';
import type { CfJournal } from './journal.js';
import type { CfApp, CfDroplet } from './resources.js';
export interface Rollout {
    deployment?: string;
}
/** Puts the droplet into service by the configured strategy and waits until it runs. */
export declare function rollOut(context: CfContext, app: CfApp, droplet: CfDroplet, journal: CfJournal): Promise<Rollout>;
