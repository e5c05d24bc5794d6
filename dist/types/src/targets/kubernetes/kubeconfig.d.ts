import { KubeConfig } from '@kubernetes/client-node';
export declare const KUBECONFIG_HELP = "set KUBECONFIG to a kubeconfig file, or write ~/.kube/config (in GitHub Actions: a kubeconfig from a secret, or a cloud login step that writes one; see docs/kubernetes.md)";
/** The cluster a target talks to, and how it is described in messages. */
export interface ResolvedKubeConfig {
    config: KubeConfig;
    /** `context prod (https://api.example.com:6443)`: no credentials. */
    description: string;
}
/**
 * The kubeconfig as kubectl finds it, from `env` rather than this process's variables:
 * KUBECONFIG, else ~/.kube/config, else the pod's service account. client-node's loadFromDefault
 * falls back to http://localhost:8080 when there is none; this says what to set instead.
 */
export declare function resolveKubeConfig(env: NodeJS.ProcessEnv, context: string | undefined): ResolvedKubeConfig;
