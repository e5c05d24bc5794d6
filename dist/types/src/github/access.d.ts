/**
 * How mxdeploy reaches GitHub: the token and where it goes, passed as one typed value to every
 * adapter that talks to GitHub (release repository, compare source, OCI on ghcr.io), instead of
 * each reading — or being handed a patched copy of — the process environment.
 */
export interface GitHubAccess {
    /** The workflow's token (an action's github-token input) or GITHUB_TOKEN / GH_TOKEN. */
    token: string | undefined;
    /** REST API root: GITHUB_API_URL (set by the runner, also on GHES), else api.github.com. */
    apiUrl: string;
    /** Web root: GITHUB_SERVER_URL, else https://github.com. */
    serverUrl: string;
    /** `owner/name` of the repository the run belongs to (GITHUB_REPOSITORY). */
    repository: string | undefined;
    /** The commit the run is for (GITHUB_SHA). */
    sha: string | undefined;
    /** Who started the run (GITHUB_ACTOR). */
    actor: string | undefined;
}
/**
 * GitHub access from an environment: the runner's variables, and `token` when a face has one of
 * its own (an action's github-token input); else GITHUB_TOKEN, then GH_TOKEN (the gh CLI's).
 */
export declare function githubAccess(env: NodeJS.ProcessEnv, token?: string): GitHubAccess;
/** `owner` and `repo` of the access's repository, when it names one. */
export declare function ownerAndRepo(access: GitHubAccess): {
    owner: string;
    repo: string;
} | undefined;
