/**
 * The parts of Cloud Controller v3 resources mxdeploy reads, as the v3 API reference
 * (v3-apidocs.cloudfoundry.org) shows them.
 */
export interface Metadata {
    labels?: Record<string, string | null>;
    annotations?: Record<string, string | null>;
}
export interface Named {
    guid: string;
    name: string;
}
export interface CfApp {
    guid: string;
    name: string;
    /** The desired state. */
    state: 'STARTED' | 'STOPPED';
    lifecycle: {
        type: string;
        data?: {
            buildpacks?: string[];
            stack?: string;
        };
    };
    relationships?: {
        current_droplet?: {
            data?: {
                guid?: string;
            } | null;
        };
    };
    metadata?: Metadata;
    updated_at?: string;
}
export type PackageState = 'AWAITING_UPLOAD' | 'PROCESSING_UPLOAD' | 'READY' | 'FAILED' | 'COPYING' | 'EXPIRED';
export interface CfPackage {
    guid: string;
    type: string;
    state: PackageState;
    data?: {
        error?: string | null;
    };
    created_at?: string;
}
export interface CfBuild {
    guid: string;
    state: 'STAGING' | 'STAGED' | 'FAILED';
    /** `"<error id> - <description>"` when FAILED. */
    error: string | null;
    droplet: {
        guid: string;
    } | null;
    created_at: string;
}
export interface CfDroplet {
    guid: string;
    state: string;
    created_at: string;
    metadata?: Metadata;
    links?: {
        package?: {
            href?: string;
        };
    };
}
export interface CfDeployment {
    guid: string;
    status: {
        value: 'ACTIVE' | 'FINALIZED';
        reason: string;
        details?: {
            error?: string;
        };
    };
    droplet?: {
        guid: string;
    };
    previous_droplet?: {
        guid: string;
    } | null;
    new_processes?: {
        guid: string;
        type: string;
    }[];
    created_at: string;
}
export type InstanceState = 'RUNNING' | 'CRASHED' | 'STARTING' | 'STOPPING' | 'DOWN';
export interface InstanceStats {
    type: string;
    index: number;
    state: InstanceState;
    /** Errors placing the instance; null when there were none. */
    details?: string | null;
}
export interface CfProcess {
    guid: string;
    type: string;
    instances: number;
}
export interface CfAuditEvent {
    guid: string;
    type: string;
    created_at: string;
    actor?: {
        guid?: string;
        type?: string;
        name?: string;
    };
    data?: {
        index?: number;
        exit_status?: number;
        exit_description?: string;
        reason?: string;
    };
}
export interface CfRoute {
    url: string;
    protocol?: string;
}
