/**
 * Where and as whom Mendix's docker-mendix-buildpack puts an app (its Dockerfile, branch
 * `latest`, read 2023-11): the unzipped MDA at /opt/mendix/build, owned by user 1001 and group 0
 * with the group's permissions equal to the user's (`chown -R 1001:0`, `chmod -R g=u`), so a
 * platform that runs the image under a random UID in group 0 (OpenShift) can still write there.
 */
export const APP_PATH = 'opt/mendix/build'
export const APP_UID = 1001
export const APP_GID = 0
export const DIRECTORY_MODE = 0o775
export const FILE_MODE = 0o664
export const EXECUTABLE_MODE = 0o775

/**
 * The folders above the app, so the layer stands alone: /opt as Debian and UBI have it
 * (root, 0755), /opt/mendix as the buildpack leaves it (its `chown -R` covers /opt/mendix).
 */
export const PARENT_FOLDERS = [
  { path: 'opt', uid: 0, gid: 0, mode: 0o755 },
  { path: 'opt/mendix', uid: APP_UID, gid: APP_GID, mode: DIRECTORY_MODE }
] as const
