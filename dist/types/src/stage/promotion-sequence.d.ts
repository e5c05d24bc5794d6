import type { EnvironmentConfig } from '../config/types.js';
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file (of those that may go next, the first in the file goes). The configuration
 * loader has already refused unknown names and cycles.
 *
 * One pass down the file places each environment whose predecessor is placed; one whose
 * predecessor comes later in the file is placed as soon as that predecessor is, ahead of the
 * rest of the file, through a heap. Linear when `after:` points back up the file, n log n at
 * worst.
 */
export declare function promotionSequence(environments: readonly EnvironmentConfig[]): EnvironmentConfig[];
/** Whether staging to the environment needs a person: approval or a second factor. */
export declare function isProtected(environment: Pick<EnvironmentConfig, 'protection'>): boolean;
