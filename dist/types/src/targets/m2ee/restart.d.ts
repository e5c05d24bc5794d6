import type { Logger } from '../../log.js';
import { type AdminApi } from './admin-api.js';
export interface RestartOptions {
    /** The configured restart command. */
    command: string;
    /** The team's m2ee.yaml and mxdeploy's fragment, in the order m2ee must read them. */
    configFiles: [string, string];
    appBase: string;
    /** Added to the command's environment (MXDEPLOY_ENVIRONMENT, MXDEPLOY_RELEASE). */
    env: Record<string, string>;
    admin: AdminApi;
    log: Logger;
    /** How long a runtime reporting `starting` is waited for (default 10 minutes). */
    startTimeoutMs?: number;
    /** The first wait between status checks, doubled up to 10 s (default 250 ms). */
    firstWaitMs?: number;
}
/** The `-c` arguments that make m2ee read the team's file and then mxdeploy's. */
export declare function m2eeArgs(configFiles: readonly string[]): string;
/**
 * What a restart script gets to run m2ee with the right files: MXDEPLOY_M2EE_ARGS for
 * `m2ee $MXDEPLOY_M2EE_ARGS --yolo restart` (unquoted, so the shell splits it: paths without
 * spaces), and each file on its own for `m2ee -c "$MXDEPLOY_M2EE_CONFIG" -c "$MXDEPLOY_M2EE_SETTINGS"`.
 */
export declare function m2eeVariables(configFiles: readonly [string, string]): Record<string, string>;
/**
 * The command line to run: an `m2ee` command that names no `-c` file (nor $MXDEPLOY_M2EE_*)
 * gets the two files right after `m2ee` (with `-c`, m2ee reads only the files named, in that
 * order: the team's, then mxdeploy's, whose values win); any other command runs as written, with
 * them in MXDEPLOY_M2EE_ARGS.
 */
export declare function restartCommandLine(command: string, configFiles: readonly string[]): string;
/**
 * Runs the restart command and checks that the runtime runs afterwards. `m2ee --yolo restart`
 * exits 0 when the runtime refuses to start (m2ee.py logs the error, stops the process and
 * returns), so its exit code proves nothing: the runtime is asked for its status through the
 * admin API, as `m2ee status` does. `starting` is waited for; anything but `running` fails the
 * deployment with the status and the ERROR and CRITICAL lines m2ee printed.
 */
export declare function restartAndCheck(options: RestartOptions): Promise<void>;
