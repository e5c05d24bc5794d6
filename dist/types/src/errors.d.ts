/**
 * A mistake in what the user gave us: flags, inputs, configuration, a bad file. The CLI
 * exits 2 on it and nothing has been changed.
 */
export declare class ConfigurationError extends Error {
    name: string;
}
/** An operation that could not be completed for reasons other than the user's input (exit 1). */
export declare class OperationError extends Error {
    name: string;
}
/** The message of anything thrown, including non-`Error` values. */
export declare function errorMessage(error: unknown): string;
/** Exit code for a thrown value: 2 for the user's mistakes, 1 for everything else. */
export declare function exitCodeOf(error: unknown): 1 | 2;
/** Node's errno code of a file-system error, if there is one. */
export declare function errnoCode(error: unknown): string | undefined;
