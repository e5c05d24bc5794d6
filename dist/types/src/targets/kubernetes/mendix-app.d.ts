import type { KubernetesTargetConfig } from '../../config/types.js';
import type { PackageRecord } from '../../repository/package-repository.js';
import type { EnvironmentSettings } from '../deployment-target.js';
/** The Mendix Operator's custom resource (Mendix docs: "Using Command Line to Deploy a Mendix App"). */
export declare const MENDIX_APP: {
    readonly apiVersion: "privatecloud.mendix.com/v1alpha1";
    readonly kind: "MendixApp";
    readonly plural: "mendixapps.privatecloud.mendix.com";
};
/** The field manager of every apply (server-side apply's `fieldManager`). */
export declare const FIELD_MANAGER = "mxdeploy";
/** What mxdeploy records on the resource, so what runs can be read back from it. */
export declare const ANNOTATION: {
    readonly app: "mxdeploy.dev/app";
    readonly environment: "mxdeploy.dev/environment";
    readonly version: "mxdeploy.dev/package-version";
    readonly sha256: "mxdeploy.dev/package-sha256";
    readonly sourceUrl: "mxdeploy.dev/source-url";
    readonly scheduledEvents: "mxdeploy.dev/scheduled-events";
    readonly secretConstants: "mxdeploy.dev/secret-constants";
};
/** Kubernetes' recommended labels (kubernetes.io "Recommended Labels"). */
export declare const LABEL: {
    readonly managedBy: "app.kubernetes.io/managed-by";
    readonly version: "app.kubernetes.io/version";
};
/** The statuses the documents list ("Monitoring the Build Process"), each Ready when done. */
export interface MendixAppStatus {
    appState?: string;
    buildStatus?: string;
    databaseStatus?: string;
    mendixAppState?: string;
    networkStatus?: string;
    runtimeStatus?: string;
    storageStatus?: string;
    /** Kubernetes API conventions; the Mendix documents do not say the operator sets it. */
    observedGeneration?: number;
    [key: string]: unknown;
}
export interface MendixAppResource {
    apiVersion: string;
    kind: string;
    metadata: {
        name: string;
        namespace?: string;
        labels?: Record<string, string>;
        annotations?: Record<string, string>;
        generation?: number;
        resourceVersion?: string;
    };
    spec?: Record<string, unknown>;
    status?: MendixAppStatus;
}
export type EventExecution = 'ALL' | 'NONE' | 'SPECIFIED';
/** ALL when every event runs, NONE when none does, else SPECIFIED with the ones that do. */
export declare function eventExecution(events: Record<string, boolean>): {
    execution: EventExecution;
    specified: string[];
};
export interface DesiredApp {
    config: KubernetesTargetConfig;
    app: string;
    environment: {
        name: string;
        production: boolean;
    };
    package: PackageRecord;
    settings: EnvironmentSettings;
    sourceURL: string;
}
/**
 * The MendixApp mxdeploy applies: the target's spec fields, the package (sourceURL, runtime
 * version), the environment's settings (dtapMode, constants, scheduled events) and annotations
 * that let `current()` read back which package it is. Secret constants are left out: the
 * operator reads them from the secret store.
 */
export declare function desiredMendixApp(desired: DesiredApp): MendixAppResource;
