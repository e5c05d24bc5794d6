import type { KubernetesTargetConfig } from './types.js';
type Raw = Record<string, unknown>;
/** Minutes: the Mendix documents say the statuses can take up to ten minutes to reach Ready. */
export declare const DEFAULT_KUBERNETES_TIMEOUT_MINUTES = 30;
/**
 * The kubernetes target of a validated document. Refuses, naming the key, spec fields mxdeploy
 * sets itself or that carry passwords, and secret constants given a value in mxdeploy.yml.
 */
export declare function kubernetesTarget(raw: Raw, environment: {
    name: string;
    constants: Record<string, string>;
}, locate: (path: string[], key?: string) => string): KubernetesTargetConfig;
export {};
