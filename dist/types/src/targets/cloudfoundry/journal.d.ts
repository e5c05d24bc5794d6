/** Where the app stands, as far as the steps taken tell. */
export type Stage = 'untouched' | 'variables-set' | 'restored' | 'rolling-out' | 'rolled-back' | 'stopped' | 'starting' | 'running-new';
/**
 * What a deployment has done so far, so a failure says where it stopped and what the app runs:
 * "uploaded hello 1.2.0.1 (package …); staged …; the deployment was canceled: hello-acc runs
 * hello 1.1.0.1 again". A ConfigurationError stays one only while the app is untouched.
 */
export declare class CfJournal {
    private readonly app;
    private readonly before;
    private readonly label;
    private readonly environment;
    private readonly done;
    private readonly after;
    private stage;
    /**
     * @param app the Cloud Foundry app's name
     * @param before what it ran when we began: `hello 1.1.0.1 (droplet 585b…)` or `no droplet`
     * @param label what is being deployed: `hello 1.2.0.1`
     */
    constructor(app: string, before: string, label: string, environment: string);
    record(text: string): void;
    /** Something done about a failure, told after it: `put the variables back`. */
    afterwards(text: string): void;
    to(stage: Stage): void;
    get current(): Stage;
    /** Whether the app's variables or what it runs have changed (a rollback of them too). */
    get changed(): boolean;
    private state;
    /** The error to throw: what was done, the failure, where the app stands. */
    failure(error: unknown): Error;
}
