/**
 * Where and as whom Mendix's docker-mendix-buildpack puts an app (its Dockerfile, branch
 * `latest`, read 2023-11): the unzipped MDA at /opt/mendix/build, owned by user 1001 and group 0
 * with the group's permissions equal to the user's (`chown -R 1001:0`, `chmod -R g=u`), so a
 * platform that runs the image under a random UID in group 0 (OpenShift) can still write there.
 */
export declare const APP_PATH = "opt/mendix/build";
export declare const APP_UID = 1001;
export declare const APP_GID = 0;
export declare const DIRECTORY_MODE = 509;
export declare const FILE_MODE = 436;
export declare const EXECUTABLE_MODE = 509;
/**
 * The folders above the app, so the layer stands alone: /opt as Debian and UBI have it
 * (root, 0755), /opt/mendix as the buildpack leaves it (its `chown -R` covers /opt/mendix).
 */
export declare const PARENT_FOLDERS: readonly [{
    readonly path: "opt";
    readonly uid: 0;
    readonly gid: 0;
    readonly mode: 493;
}, {
    readonly path: "opt/mendix";
    readonly uid: 1001;
    readonly gid: 0;
    readonly mode: 509;
}];
