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
/** Applies defaults to a validated document and resolves its paths. */
export declare function normalizeConfig(raw: Raw, context: NormalizeContext): MxdeployConfig;
export {};
