/** Which stream an output line came from. */
export type Stream = 'stdout' | 'stderr';
export interface M2eeOutputFilter {
    /** The line as it should be logged; '' to drop it. */
    redact(line: string, stream: Stream): string;
    /** The ERROR and CRITICAL lines among those kept: what m2ee said went wrong. */
    errors(lines: readonly string[]): string[];
}
/**
 * Makes m2ee's output readable and safe to log. Under Python 3 with stdout not a terminal (a
 * pipe, as here), m2ee.py wraps stdout in a codecs writer and every line below ERROR fails with
 * a `--- Logging error ---` traceback on stderr that ends in `Message: '<the line>'`; each such
 * block is turned back into `LEVEL: <the line>`, the level read from the call that logged it.
 * Passwords m2ee prints and the given secrets are replaced by ***.
 */
export declare function m2eeOutputFilter(secrets: readonly string[]): M2eeOutputFilter;
