export interface MendixConstant {
    /** Qualified name, `Module.Constant`. */
    name: string;
    type: string;
    description: string;
    defaultValue: string;
}
export interface ScheduledEvent {
    name: string;
    description: string;
}
/** What a deployment package's `model/metadata.json` says about the app. */
export interface ModelMetadata {
    runtimeVersion: string;
    /** As MxBuild wrote it: a four-part version, or `unversioned` for a Studio Pro package. */
    modelVersion: string | undefined;
    projectId: string | undefined;
    projectName: string | undefined;
    constants: MendixConstant[];
    scheduledEvents: ScheduledEvent[];
    /** Role names, whatever shape the Mendix version keeps them in. */
    roles: string[];
    requestHandlers: string[];
    /** The app's Java version setting (Mendix 9.24 and later), a major version such as 21. */
    javaVersion: number | undefined;
    /** Things worth telling the user that do not stop a build or a deploy. */
    warnings: string[];
}
export declare const METADATA_PATH = "model/metadata.json";
/**
 * Constant types of Mendix's data types that a constant can have. Real metadata.json files (5.6
 * to 10.24) hold String, Integer and Boolean; the others are Mendix data types a constant may
 * take. Any other type is passed through with a warning, so a type a future Mendix adds does not
 * stop a deploy.
 */
export declare const CONSTANT_TYPES: readonly ["String", "Integer", "Long", "Decimal", "Boolean", "DateTime"];
type Json = Record<string, unknown>;
/** Parses the JSON document of a `metadata.json`; MxBuild writes no BOM, but one is tolerated. */
export declare function parseMetadataDocument(source: string | Buffer, label: string): Json;
/**
 * Reads the facts mxdeploy uses from a `metadata.json` document: versions, project, constants and
 * scheduled events are checked; every other key (Roles, Configuration, DataBrokerConfiguration,
 * JavaVersion, Languages, and whatever a later Mendix adds) is tolerated in any shape.
 */
export declare function readMetadata(document: Json, label: string): ModelMetadata;
/** Parses and reads `metadata.json` in one step. */
export declare function parseMetadata(source: string | Buffer, label: string): ModelMetadata;
export {};
