/** One `WWW-Authenticate` challenge: its scheme (lower case) and auth-params. */
export interface Challenge {
    scheme: string;
    params: Record<string, string>;
}
/**
 * Parses the challenges of a `WWW-Authenticate` header, such as
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 */
export declare function parseChallenges(header: string | string[] | undefined): Challenge[];
