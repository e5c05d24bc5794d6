import type { StoryPatternConfig } from '../stories/story-patterns.js';
export type { StoryPatternConfig };
/** mxdeploy.yml after validation, with defaults applied and paths resolved against its folder. */
export interface MxdeployConfig {
    /** Absolute path of the file it came from (or undefined for the embedded defaults). */
    file: string | undefined;
    /** Folder paths are resolved against. */
    dir: string;
    app: string;
    build: BuildConfig;
    /** Repository URI; `file:` paths are absolute. */
    repository: string;
    /** Whether the file names a repository (false: the embedded default `file:` one). */
    repositoryConfigured: boolean;
    traceability: TraceabilityConfig;
    /** In the order the file lists them. */
    environments: EnvironmentConfig[];
}
export interface BuildConfig {
    deploymentDir?: string;
    project?: string;
    version?: string;
    output?: string;
}
export interface TraceabilityConfig {
    requireStory: 'off' | 'warn' | 'error';
    /** Undefined: the default patterns. */
    patterns: StoryPatternConfig[] | undefined;
    limit: number;
}
export type TargetConfig = {
    type: 'local';
    path: string;
    keep: number;
    restart?: string;
} | {
    type: 'command';
    run: string;
    timeoutMinutes?: number;
} | MendixCloudTargetConfig | ImageTargetConfig | CloudFoundryTargetConfig | KubernetesTargetConfig | M2eeTargetConfig;
/** An on-premises server run by m2ee-tools. */
export interface M2eeTargetConfig {
    type: 'm2ee';
    /** m2ee's `app_base`, absolute: mxdeploy makes its model/ and web/ links to the running release. */
    appBase: string;
    /** The team's m2ee.yaml, absolute; mxdeploy reads it and never writes it. */
    m2eeConfig: string;
    /** The command that restarts the app (`m2ee --yolo restart` by default). */
    restart: string;
    /** Releases kept, the current one included. */
    keep: number;
}
/** A container image pushed to a registry, built on a runtime base image without a daemon. */
export interface ImageTargetConfig {
    type: 'image';
    /** The runtime image to build on: `HOST/NAME[:TAG][@sha256:…]`. */
    base: string;
    /** The repository to push to, `HOST/NAME`; tags are the package version and the environment. */
    image: string;
    /** `os/arch[/variant]` to build; undefined: the base's only one, or linux/amd64; `all`: each. */
    platforms: string[] | 'all' | undefined;
    /** How the app layer is stored. */
    compression: 'gzip' | 'none';
}
/** How long each wait of a Mendix Cloud deployment may take, in minutes. */
export interface MendixCloudTimeouts {
    upload: number;
    backup: number;
    transport: number;
    stop: number;
    start: number;
}
export interface MendixCloudTargetConfig {
    type: 'mendix-cloud';
    /** The app's AppId in the Deploy API v1/v2: its subdomain (`calc` for calc.mendixcloud.com). */
    appId: string;
    /** The environment's Mode (Test, Acceptance, Production, a flexible environment's name) or its ID. */
    environment: string;
    deployApiUrl: string;
    portalApiUrl: string;
    /** Undefined: a backup before deploying to a production environment, none otherwise. */
    backup: 'before' | 'none' | undefined;
    timeouts: MendixCloudTimeouts;
}
/** How long each wait of a Cloud Foundry deployment may take, in minutes. */
export interface CloudFoundryTimeouts {
    /** Uploading the package until Cloud Foundry has processed it. */
    upload: number;
    staging: number;
    /** The rollout until the instances run. */
    start: number;
}
export interface CloudFoundryTargetConfig {
    type: 'cloudfoundry';
    /** The Cloud Controller's URL, without a trailing slash: https://api.cf.eu10.hana.ondemand.com */
    api: string;
    org: string;
    space: string;
    /** The app's name in the space; it must exist (`cf create-app`). */
    app: string;
    /** A buildpack's name on the platform, or the URL of cf-mendix-buildpack. */
    buildpack: string;
    /** rolling: a v3 deployment (instances replaced one by one); restart: stop, then start. */
    strategy: 'rolling' | 'restart';
    timeouts: CloudFoundryTimeouts;
}
/** An environment variable of the Mendix runtime container: a value, or a key of a Secret. */
export type KubernetesEnvironmentVariable = {
    name: string;
    value: string;
} | {
    name: string;
    secret: string;
    key: string;
};
/** A MendixApp resource of the Mendix Operator, updated with server-side apply. */
export interface KubernetesTargetConfig {
    type: 'kubernetes';
    namespace: string;
    /** The MendixApp resource's name (the environment's internal name for the operator). */
    name: string;
    /** The kubeconfig context; undefined: the current context. */
    context: string | undefined;
    replicas: number | undefined;
    databasePlan: string | undefined;
    storagePlan: string | undefined;
    appUrl: string | undefined;
    tls: {
        enable: boolean;
        secretName: string | undefined;
    } | undefined;
    resources: Record<string, Record<string, string>> | undefined;
    environmentVariables: KubernetesEnvironmentVariable[];
    /** Runtime settings for spec.runtime.customConfiguration (written as its JSON text). */
    customConfiguration: Record<string, unknown> | undefined;
    /** Other documented MendixApp spec fields, as the operator's documents write them. */
    spec: Record<string, unknown>;
    /** Constants whose values come from the operator's secret store, never from the resource. */
    secretConstants: string[];
    /** Take over fields another field manager owns instead of stopping on the conflict. */
    forceConflicts: boolean;
    /** How long the operator may take to run the new package. */
    timeoutMinutes: number;
}
export interface ProtectionConfig {
    reviewers: 'required' | 'none';
    preventSelfReview: boolean;
    mfa: 'totp' | 'none';
    sessionHours: number;
}
export interface EnvironmentConfig {
    name: string;
    target: TargetConfig;
    after: string | undefined;
    url: string | undefined;
    production: boolean;
    constants: Record<string, string>;
    /** undefined: leave the events as the package or target has them. */
    scheduledEvents: 'all' | 'none' | Record<string, boolean> | undefined;
    newConstants: 'default' | 'require';
    protection: ProtectionConfig;
}
