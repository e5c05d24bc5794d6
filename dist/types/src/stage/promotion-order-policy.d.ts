import type { StagePolicy } from './policy.js';
/**
 * `after: acceptance`: an environment takes only a package whose SHA-256 was deployed
 * successfully to the environment before it — the same bytes, not just the same version.
 */
export declare const promotionOrder: StagePolicy;
