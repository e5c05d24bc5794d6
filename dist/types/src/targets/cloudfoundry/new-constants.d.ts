import type { DeploymentRequest } from '../deployment-target.js';
/**
 * Constants the package brings that the running droplet's package did not have, that
 * mxdeploy.yml does not set and no variable set by hand gives a value: refused with
 * `new-constants: require`, else a warning. The engine cannot tell (this target does not read
 * constants back), so the droplet's annotation of constant names tells. Names only.
 */
export declare function checkNewConstants(request: DeploymentRequest, running: string[] | undefined, variables: Record<string, string>, app: string): void;
