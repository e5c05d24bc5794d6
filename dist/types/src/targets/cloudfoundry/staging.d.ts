import type { PackageRecord } from '../../repository/package-repository.js';
import { type CfContext } from './context.js';
import type { CfApp, CfDroplet, CfPackage } from './resources.js';
/**
 * Stages the package with the configured buildpack (`POST /v3/builds`) and waits for the
 * droplet; a failed staging is reported with the buildpack's last lines of the staging log,
 * where its reason is (the build's `error` only says which phase failed). The droplet gets the
 * MDA's SHA-256, version, buildpack and constant names as annotations: the Cloud Controller
 * copies nothing of the package or build onto it.
 */
export declare function stage(context: CfContext, app: CfApp, uploaded: CfPackage, pkg: PackageRecord, constants: string[]): Promise<CfDroplet>;
/**
 * A droplet of the app staged from these bytes with this buildpack and still kept by the
 * platform (STAGED, not expired), newest first: deploying it again needs no upload or staging.
 */
export declare function findDroplet(context: CfContext, app: CfApp, pkg: PackageRecord): Promise<CfDroplet | undefined>;
