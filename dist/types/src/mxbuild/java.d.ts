/** The JDK MxBuild is given: `--java-home` and `--java-exe-path`. */
export interface Jdk {
    javaHome: string;
    javaExe: string;
}
/** Finds the JDK: `--java-home` else JAVA_HOME, and `--java-exe-path` else its bin/java. */
export declare function resolveJdk(options: {
    javaHome: string | undefined;
    javaExePath: string | undefined;
    env: NodeJS.ProcessEnv;
    cwd: string;
    platform: NodeJS.Platform;
}): Promise<Jdk>;
