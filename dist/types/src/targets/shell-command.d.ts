import type { Logger } from '../log.js';
export interface ShellCommandOptions {
    cwd: string;
    /** Added to this process's environment. */
    env: Record<string, string>;
    log: Logger;
    /** Rewrites each output line before it is logged or kept (to hide secrets it prints); '' drops it. */
    redact?: (line: string, stream: 'stdout' | 'stderr') => string;
}
export interface ShellCommandResult {
    code: number | null;
    /** Every line it printed (stdout and stderr interleaved as they came), redacted. */
    lines: string[];
}
/**
 * Runs a command line with `sh -c` as the user wrote it (a restart command), logging each line
 * it prints as it comes.
 */
export declare function runShellCommand(command: string, options: ShellCommandOptions): Promise<ShellCommandResult>;
