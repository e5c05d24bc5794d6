/** The DOS epoch: the earliest time a ZIP entry can carry. */
export declare const ZIP_EPOCH: Date;
/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
export declare function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined;
