/**
 * Why a value does not fit a Mendix constant type, or undefined when it does. Types mxdeploy
 * does not know are passed unchecked (their package was warned about when it was read).
 */
export declare function constantValueProblem(type: string, value: string, runtimeVersion: string): string | undefined;
