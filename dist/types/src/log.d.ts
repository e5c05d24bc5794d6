import type { ProgressReporter } from './progress/progress.js';
/** Where a problem is in a file: becomes an annotation in Actions, a `file:line:col` prefix in the CLI. */
export interface SourceLocation {
    file?: string;
    line?: number;
    column?: number;
    title?: string;
}
/**
 * How the domain reports progress and problems without knowing who listens: the CLI writes to
 * stderr, the actions write workflow commands.
 */
export interface Logger {
    info(message: string): void;
    warning(message: string, where?: SourceLocation): void;
    error(message: string, where?: SourceLocation): void;
    /** Marks a value as secret so it never appears in output (Actions masks it in logs). */
    secret(value: string): void;
    /** Where long work (packing, uploads, downloads) shows how far it is; none: it shows nothing. */
    progress?: ProgressReporter;
}
export declare const silentLogger: Logger;
