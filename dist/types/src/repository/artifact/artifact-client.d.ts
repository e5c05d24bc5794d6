export type ArtifactLibrary = typeof import('@actions/artifact');
/** Where the client's own log lines (`core.info`, `::debug::`, `::add-mask::`) go. */
export type ClientOutput = 'stdout' | 'stderr';
/**
 * @actions/artifact, imported on first use only: it pulls in the Azure storage SDK and octokit
 * and adds 150–270 ms to start-up, which commands that don't touch artifacts should not pay.
 */
export declare function loadArtifactLibrary(): Promise<ArtifactLibrary>;
/**
 * Refuses, before anything loads, to use artifacts outside a GitHub Actions job: the runner gives
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL to actions only (not to `run:` steps).
 */
export declare function requireArtifactRuntime(env: NodeJS.ProcessEnv, fix: string): void;
/**
 * Runs `work` with the client library while its variables come from `env` and, with `stderr`,
 * its log lines go to stderr: the CLI keeps stdout for the `--json` document.
 */
export declare function withArtifactClient<T>(env: NodeJS.ProcessEnv, output: ClientOutput, work: (library: ArtifactLibrary) => Promise<T>): Promise<T>;
/**
 * What a failure of the artifact client means for the user: the service's answer kept, with what
 * to do. Everything here is a failure (exit 1) except the ones the user's setup causes.
 */
export declare function artifactFailure(lib: ArtifactLibrary, error: unknown, doing: string): Error;
