import type { RunningState } from '../deployment-target.js';
import { type MendixAppResource } from './mendix-app.js';
/**
 * The statuses the documents say reach Ready once the app runs ("Monitoring the Build Process"),
 * in the order a deployment passes them. appState is Started or Stopped.
 */
export declare const STATUS_FIELDS: readonly ["buildStatus", "databaseStatus", "storageStatus", "networkStatus", "mendixAppState", "runtimeStatus"];
export type Progress = {
    state: 'running';
} | {
    state: 'working';
    summary: string;
} | {
    state: 'failed';
    summary: string;
};
/** `buildStatus Ready, runtimeStatus Building, appState Started`: what the status says. */
export declare function describeStatus(resource: MendixAppResource): string;
/** The replicas the resource asks for; the documents say one when not set. */
export declare function wantedReplicas(resource: MendixAppResource): number;
/**
 * Where the operator is with the resource's spec: running it (every reported status Ready and
 * appState Started, or Stopped with 0 replicas), failed, or still working. When the status
 * carries observedGeneration (Kubernetes API conventions), an older one means the operator has
 * not taken up the spec yet.
 */
export declare function operatorProgress(resource: MendixAppResource): Progress;
/** Whether the status reports observedGeneration, so Ready can be tied to a spec. */
export declare function reportsGeneration(resource: MendixAppResource): boolean;
/** The package the resource names: mxdeploy's annotations when they still match its sourceURL. */
export declare function packageOf(resource: MendixAppResource): {
    version: string | undefined;
    sha256: string | undefined;
};
/**
 * What the resource runs, read from its spec and status: undefined when the operator does not
 * report it running (a failed build, a start in progress), so a stage deploys it again. Constants
 * are left out when some come from the secret store, whose values mxdeploy never sees.
 */
export declare function runningStateOf(resource: MendixAppResource): RunningState;
