import type { CfContext } from './context.js';
export interface LogQuery {
    appGuid: string;
    /** Lines from this time on (an ISO time of the platform, such as the build's created_at). */
    since: string | undefined;
    /** Which lines: `STG` for staging, `APP/PROC/WEB` for the app. */
    sourceType: (type: string) => boolean;
    /** How many of the last lines. */
    lines: number;
}
/**
 * The app's last log lines of one kind from log-cache, as `cf logs --recent` reads them
 * (`/api/v1/read/<app guid>`, LOG envelopes, newest first, then put in order). Undefined with
 * the reason when the platform has no log-cache or it cannot be read: a failure being reported
 * must not be hidden by its logs.
 */
export declare function recentLogLines(context: CfContext, query: LogQuery): Promise<{
    lines: string[];
} | {
    unavailable: string;
}>;
/** The lines indented under a message, or the reason they are missing and where to look. */
export declare function formatLogLines(found: {
    lines: string[];
} | {
    unavailable: string;
}, kind: string, app: string): string;
