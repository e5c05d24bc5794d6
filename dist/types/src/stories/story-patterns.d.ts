/** A story pattern as mxdeploy.yml's traceability.patterns gives it. */
export interface StoryPatternConfig {
    name?: string;
    /** Absent: the regex of the default pattern called `name`. */
    regex?: string;
    url?: string;
}
/** A story pattern ready to run: a global, multi-line regex and an optional link template. */
export interface StoryPattern {
    name: string;
    regex: RegExp;
    /** Link template: `{id}`, a named group of the regex, or `{server}`/`{repository}`. */
    url: string | undefined;
    /** Text every match contains: a message without it is skipped without running the regex. */
    requires?: string;
    /**
     * The default pattern whose regex this is (its own regex not overridden): such patterns can be
     * read by `BuiltinStoryScanner` from a message's bytes, which gives the same stories.
     */
    builtin?: BuiltinPatternName;
}
/** Names of the default patterns. */
export type BuiltinPatternName = 'jira' | 'azure-boards' | 'github' | 'trailer';
/** What link templates may use besides the match: the GitHub server and the current repository. */
export interface LinkContext {
    /** Such as https://github.com (GITHUB_SERVER_URL). */
    server?: string;
    /** owner/name of the repository the commits come from (GITHUB_REPOSITORY). */
    repository?: string;
}
/**
 * Prefixes of well-known standards and encodings that look like Jira keys but are not stories:
 * UTF-8, SHA-256, CRC-32, ISO-8601, RFC-7231, CVE-2024-1234, UTC-5, COVID-19...
 */
export declare const NOT_JIRA_KEYS: readonly ["AES", "CP", "CRC", "CVE", "CWE", "COVID", "ECMA", "GMT", "HTTP", "IEC", "ISO", "JSR", "MD", "PEP", "RFC", "RSA", "SHA", "SSL", "TLS", "UCS", "UTC", "UTF", "WIN"];
/** The patterns used when mxdeploy.yml lists none, in the order their IDs are reported. */
export declare const DEFAULT_STORY_PATTERNS: readonly (StoryPatternConfig & {
    name: BuiltinPatternName;
    requires: string;
})[];
/**
 * Compiles the patterns of `traceability.patterns` (or the defaults when undefined). A bad regex
 * or link template is a ConfigurationError that names the pattern; `source` prefixes messages.
 */
export declare function compileStoryPatterns(configured: readonly StoryPatternConfig[] | undefined, source?: string): StoryPattern[];
/** The link of one ID, or undefined when the pattern has no url or a placeholder has no value. */
export declare function storyUrl(template: string | undefined, id: string, groups: Record<string, string | undefined> | undefined, context: LinkContext): string | undefined;
