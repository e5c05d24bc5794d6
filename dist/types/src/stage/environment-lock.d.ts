/**
 * The lock file of an environment in the state folder, whose `locks` folder is made first: a
 * state folder that cannot be used fails here, named, before anything changes.
 */
export declare function environmentLock(stateDir: string, environment: string): Promise<string>;
