/** Where the runtime's admin API listens and the password m2ee-tools sends it. */
export interface AdminApi {
    port: number;
    pass: string;
    /** Per request; m2ee's own `status` waits 3 s. */
    timeoutMs?: number;
}
/** What the runtime answered to `runtime_status`, or why it could not be asked. */
export type RuntimeStatus = {
    status: string;
    problem?: undefined;
} | {
    status?: undefined;
    problem: string;
};
/**
 * Asks the runtime for its status the way `m2ee status` does (m2ee-tools client.py): a JSON POST
 * `{"action": "runtime_status", "params": {}}` to http://127.0.0.1:admin_port/ with the admin
 * password base64-encoded in X-M2EE-Authentication; the answer is
 * `{"result": 0, "feedback": {"status": "running"}}`. A refused connection is a runtime that does
 * not run (m2ee says "The application process is not running").
 */
export declare function runtimeStatus(api: AdminApi): Promise<RuntimeStatus>;
