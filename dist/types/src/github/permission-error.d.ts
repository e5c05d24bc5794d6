/**
 * Turns GitHub's 403 or 404 into a `ConfigurationError` that names the permission the workflow
 * must grant (`permission` as written in workflow YAML, e.g. `deployments: write`); `doing`
 * says what mxdeploy was trying ("create the deployment"). Anything else is returned unchanged.
 */
export declare function permissionError(error: unknown, permission: string, doing: string): unknown;
/** Runs `call`, reporting a 403/404 as the missing `permission` (see `permissionError`). */
export declare function withPermission<T>(permission: string, doing: string, call: () => Promise<T>): Promise<T>;
