import { type ApiContext } from './api-context.js';
/** Deploy API v1 "Retrieve App". */
export interface V1App {
    AppId: string;
    ProjectId: string;
    Name: string;
    Url: string;
}
/** Deploy API v1 "Retrieve Environment(s)". */
export interface V1Environment {
    /** Empty, Stopped or Running. */
    Status: string;
    EnvironmentId: string;
    Url: string;
    /** Test, Acceptance, Production or a flexible environment's name. */
    Mode: string;
    ModelVersion: string | null;
    MendixVersion: string | null;
    Production: boolean;
}
/** Deploy API v1 "Retrieve Environment Package" and the Build API's "Retrieve Packages". */
export interface V1Package {
    PackageId: string;
    Name: string;
    Description?: string | null;
    Version: string;
    Creator?: string;
    CreationDate?: number;
    /** Succeeded, Queued, Building, Uploading or Failed. */
    Status: string;
    Size: number;
}
/** The app: its ProjectId is what the Backups API v2 names it by. */
export declare function getApp(context: ApiContext): Promise<V1App>;
/** Every environment of the app. */
export declare function listEnvironments(context: ApiContext): Promise<V1Environment[]>;
/** One environment by its Mode. */
export declare function getEnvironment(context: ApiContext, mode: string): Promise<V1Environment>;
/**
 * The environment a target names: by Mode (any case, as people write `acceptance`) or by its
 * environment ID. A ConfigurationError lists the environments there are.
 */
export declare function resolveEnvironment(context: ApiContext, wanted: string): Promise<V1Environment>;
/** The package transported to the environment, or undefined when there is none. */
export declare function deployedPackage(context: ApiContext, mode: string): Promise<V1Package | undefined>;
/** Every deployment package of the app (Build API). */
export declare function listPackages(context: ApiContext): Promise<V1Package[]>;
