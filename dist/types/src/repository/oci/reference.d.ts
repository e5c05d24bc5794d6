/** Where an `oci://HOST/REPO` repository lives. */
export interface OciReference {
    /** `host[:port]` as written, for messages and record URLs. */
    host: string;
    /** Repository path inside the registry, such as `org/hello`. */
    repository: string;
    /** Base URL of the registry API (`https://host`, or `http://` on loopback). */
    baseUrl: URL;
}
/** A repository name as distribution-spec allows it: lower-case components separated by `/`. */
export declare const REPOSITORY: RegExp;
/** `host[:port]`, a DNS name or a bracketed IPv6 address. */
export declare const HOST: RegExp;
/** Hosts on this machine, where plain HTTP carries nothing across a network. */
export declare function isLoopback(hostname: string): boolean;
/** Whether the environment allows plain HTTP to registries off this machine. */
export declare function plainHttpAllowed(env: NodeJS.ProcessEnv): boolean;
/**
 * Parses `oci://HOST[:PORT]/REPO`. Plain HTTP is used on loopback, or anywhere when
 * MXDEPLOY_OCI_PLAIN_HTTP=true; HTTPS otherwise.
 */
export declare function parseOciUri(uri: string, env: NodeJS.ProcessEnv): OciReference;
/** The registry API's base URL for a host: plain HTTP on loopback or when allowed, else HTTPS. */
export declare function registryBaseUrl(host: string, env: NodeJS.ProcessEnv): URL;
