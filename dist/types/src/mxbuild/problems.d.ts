import type { Logger } from '../log.js';
/** Where a problem is in the model, as MxBuild's --write-errors file gives it. */
export interface ProblemLocation {
    module?: string;
    document?: string;
    element?: string;
}
/** One entry of MxBuild's --write-errors file. */
export interface MxBuildProblem {
    /** A code such as CE1613, when MxBuild gives one. */
    name?: string;
    severity: 'Error' | 'Warning' | 'Deprecation';
    message: string;
    locations: ProblemLocation[];
}
/**
 * Parses the --write-errors JSON: `{"problems": [{name?, severity, message, locations}]}`, UTF-8
 * with an optional BOM. Unknown severities count as errors, so nothing serious is played down.
 */
export declare function parseProblems(source: Buffer | string): MxBuildProblem[];
/** The problems in MxBuild's error file, or why they can't be read (never throws). */
export declare function readProblems(path: string): Promise<{
    problems: MxBuildProblem[];
} | {
    unreadable: string;
    missing: boolean;
}>;
/** `CE1613: message (Module › Document › element)`: one line per problem. */
export declare function describeProblem(problem: MxBuildProblem): string;
/**
 * Reports problems through the logger: errors as errors, warnings and deprecations as warnings
 * (annotations in Actions, lines in the CLI), each pointing at the .mpr.
 */
export declare function reportProblems(problems: MxBuildProblem[], log: Logger, project: string): {
    errors: number;
    warnings: number;
};
