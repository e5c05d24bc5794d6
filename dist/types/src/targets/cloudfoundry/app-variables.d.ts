import { type CfContext } from './context.js';
import type { CfJournal } from './journal.js';
import type { CfApp } from './resources.js';
import type { VariablesPlan } from './variables.js';
/** The app's environment variables (`GET /v3/apps/:guid/environment_variables`). */
export declare function readVariables(context: CfContext, app: CfApp): Promise<Record<string, string>>;
/**
 * The app's variables for one deployment: `apply` sets the plan's, `restore` puts back what was
 * there when the app turns out to run what it ran before (a deployment refused or canceled).
 */
export declare class AppVariables {
    private readonly context;
    private readonly app;
    private readonly plan;
    private readonly before;
    private readonly ownedBefore;
    private metadata;
    constructor(context: CfContext, app: CfApp, plan: VariablesPlan, before: Record<string, string>, ownedBefore: string[]);
    get set(): string[];
    get removed(): string[];
    apply(journal: CfJournal): Promise<void>;
    /** Puts the variables back; tells the journal what came of it. */
    restore(journal: CfJournal): Promise<void>;
}
