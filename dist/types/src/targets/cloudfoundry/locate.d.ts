import { type CfContext } from './context.js';
import type { CfApp } from './resources.js';
/**
 * The app of the configuration, found through its org and space. A missing org, space or app is
 * the user's to create, named with the cf command that does it; mxdeploy never creates them
 * (services such as the database are bound to the app by the team).
 */
export declare function findApp(context: CfContext): Promise<CfApp>;
