export declare const KUBECTL_CACHE: string
export declare function debianKubectl(log?: (line: string) => void): string
