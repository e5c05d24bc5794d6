import type { Logger } from '../../log.js';
import { ReleaseStore, type CurrentRelease } from '../release-store.js';
/**
 * The app base as m2ee-tools runs it, with mxdeploy's releases beside it:
 *
 *     app-base/model -> .mxdeploy/current/model        (fixed links, made once)
 *     app-base/web   -> .mxdeploy/current/web
 *     app-base/.mxdeploy/m2ee.yaml -> current/m2ee.yaml (mxdeploy's settings for m2ee -c)
 *     app-base/.mxdeploy/current -> releases/<version>-<sha>   (switched by one rename)
 *     app-base/.mxdeploy/releases/<version>-<sha>/{model,web,m2ee.yaml,.mxdeploy-release.json}
 *
 * One rename of `current` switches the model, the web files and the settings together.
 */
export declare class AppBase {
    readonly path: string;
    readonly store: ReleaseStore;
    constructor(path: string);
    /** The path m2ee is given with `-c`. */
    get fragment(): string;
    private get pendingFile();
    /**
     * Whether app-base/model, app-base/web and the settings file m2ee is given resolve into the
     * release `current` points at: only then is that release what m2ee starts.
     */
    runs(release: CurrentRelease): Promise<boolean>;
    /**
     * Makes model/, web/ and the settings file links through `current`. The empty model/ and web/
     * that m2ee-tools' install guide creates are removed; folders with files (an `m2ee unpack` made
     * before mxdeploy took over) are moved to .mxdeploy/replaced/<time>/, never deleted.
     */
    placeLinks(log: Logger): Promise<void>;
    /** The release whose switch waits for a confirmed restart, if any. */
    pending(): Promise<string | undefined>;
    markPending(release: string): Promise<void>;
    clearPending(): Promise<void>;
}
/**
 * Puts the MDA where `m2ee unpack` looks for uploads (m2ee's model_upload_path), written beside
 * and renamed into place, so the server holds the package it runs as m2ee-tools expects.
 */
export declare function placeUpload(dir: string, name: string, mdaPath: string): Promise<string>;
