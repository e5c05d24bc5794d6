import type { Logger } from '../log.js';
import { type MxBuildInstaller } from './installer.js';
/** How to start MxBuild: a program and the arguments before MxBuild's own. */
export interface MxBuildCommand {
    program: string;
    prefix: string[];
    /** The MxBuild file itself, for messages. */
    path: string;
}
/** The command for an MxBuild program file, by its kind. */
export declare function commandFor(path: string, platform: NodeJS.Platform): MxBuildCommand;
/** The MxBuild program inside an unpacked MxBuild folder, or undefined. */
export declare function findInFolder(dir: string, platform: NodeJS.Platform): Promise<MxBuildCommand | undefined>;
/** The MxBuild that `--mxbuild PATH` names: the program, or the folder of an unpacked MxBuild. */
export declare function explicitMxBuild(given: string, cwd: string, platform: NodeJS.Platform): Promise<MxBuildCommand>;
export interface LocateOptions {
    version: string;
    installer: MxBuildInstaller;
    baseUrl: string;
    platform: NodeJS.Platform;
    log: Logger;
}
/** The MxBuild for `version`: installed already, else downloaded and installed. */
export declare function installedMxBuild(options: LocateOptions): Promise<MxBuildCommand>;
