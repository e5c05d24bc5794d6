type Mapping = Record<string, unknown>;
/** What mxdeploy needs from the team's m2ee configuration, and what it noticed there. */
export interface TeamConfig {
    /** The files read: the team's m2ee.yaml, then the `include:` files m2ee would read after it. */
    files: string[];
    adminPort: number;
    adminPass: string;
    modelUploadPath: string;
    /** The team's own `mxruntime` sections in load order, for the settings checks. */
    runtimeSections: {
        file: string;
        section: Mapping;
        included: boolean;
    }[];
    /** Whether the team's file lists mxdeploy's settings file under `include:`. */
    includesFragment: boolean;
    warnings: string[];
}
export interface ReadTeamConfigOptions {
    /** The team's m2ee.yaml (mxdeploy.yml's m2ee-config). */
    file: string;
    /** mxdeploy.yml's app-base, absolute. */
    appBase: string;
    /** mxdeploy's own fragment: listed in `include:` it is not the team's. */
    fragment: string;
}
/**
 * Reads the team's m2ee.yaml and its `include:` files as m2ee-tools does (YAML 1.1; includes after
 * every `-c` file, not recursively, relative ones from the folder m2ee runs in, app-base), and
 * checks what would stop mxdeploy's settings file from taking effect. Nothing is written.
 */
export declare function readTeamConfig(options: ReadTeamConfigOptions): Promise<TeamConfig>;
export {};
