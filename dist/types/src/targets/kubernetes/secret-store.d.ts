import type { KubernetesTargetConfig } from '../../config/types.js';
import type { Cluster } from './cluster.js';
/**
 * Checks, before anything is applied, that the secret store the operator reads `secret-constants`
 * from is in place and names each of them. mxdeploy never sees or writes the values.
 */
export declare function checkSecretStore(cluster: Cluster, config: KubernetesTargetConfig, environment: string): Promise<void>;
