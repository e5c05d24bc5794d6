import type { MxdeployConfig } from './types.js';
type Raw = Record<string, unknown>;
export interface NormalizeContext {
    file: string | undefined;
    dir: string;
    stateDir: string;
    /** `file:line:column` of a path in the source, for messages. */
    locate: (path: string[], key?: string) => string;
}
export declare const DEFAULT_DEPLOY_API_URL = "https://deploy.mendix.com";
export declare const DEFAULT_PORTAL_API_URL = "https://cloud.home.mendix.com";
/** Minutes: generous, since a large app's backup or first start can take long. */
export declare const DEFAULT_MENDIX_CLOUD_TIMEOUTS: {
    readonly upload: 30;
    readonly backup: 60;
    readonly transport: 10;
    readonly stop: 10;
    readonly start: 30;
};
/** Minutes: staging as the cf CLI allows it; a Mendix start may synchronise the database. */
export declare const DEFAULT_CLOUD_FOUNDRY_TIMEOUTS: {
    readonly upload: 15;
    readonly staging: 15;
    readonly start: 15;
};
/** m2ee-tools' own non-interactive restart; mxdeploy adds the `-c` files when it runs it. */
export declare const DEFAULT_M2EE_RESTART = "m2ee --yolo restart";
/** Applies defaults to a validated document and resolves its paths. */
export declare function normalizeConfig(raw: Raw, context: NormalizeContext): MxdeployConfig;
export {};
