import type { FragmentSettings } from './fragment.js';
import type { TeamConfig } from './team-config.js';
/**
 * What in the team's configuration meets mxdeploy's settings. m2ee loads the team's m2ee.yaml,
 * then mxdeploy's file, then the `include:` files: a value mxdeploy.yml also sets is replaced in
 * the team's file (a warning, so nobody edits it in vain) and would replace mxdeploy's from an
 * included file (refused: what mxdeploy records would not be what runs). Values mxdeploy.yml
 * does not set are the team's to keep.
 */
export declare function checkSettingsConflicts(team: TeamConfig, ours: FragmentSettings): string[];
