import { ConfigurationError } from '../../errors.js'
import type { FragmentSettings } from './fragment.js'
import type { TeamConfig } from './team-config.js'

const EVENT_KEYS = ['ScheduledEventExecution', 'MyScheduledEvents']

/**
 * What in the team's configuration meets mxdeploy's settings. m2ee loads the team's m2ee.yaml,
 * then mxdeploy's file, then the `include:` files: a value mxdeploy.yml also sets is replaced in
 * the team's file (a warning, so nobody edits it in vain) and would replace mxdeploy's from an
 * included file (refused: what mxdeploy records would not be what runs). Values mxdeploy.yml
 * does not set are the team's to keep.
 */
export function checkSettingsConflicts(team: TeamConfig, ours: FragmentSettings): string[] {
  const warnings: string[] = []
  for (const { file, section, included } of team.runtimeSections) {
    const constants = Object.keys((section['MicroflowConstants'] as object | null) ?? {}).filter(
      (name) => name in ours.MicroflowConstants
    )
    const events =
      ours.ScheduledEventExecution === undefined
        ? []
        : EVENT_KEYS.filter((key) => section[key] !== undefined)
    if (included && (constants.length > 0 || events.length > 0)) {
      const names = [...constants.map((c) => `MicroflowConstants.${c}`), ...events]
      throw new ConfigurationError(
        `${file}, included by the team's m2ee.yaml, sets mxruntime ${names.join(', ')}: m2ee reads included files after mxdeploy's settings, so they would override what mxdeploy.yml sets; keep each in one place: remove them there, or from mxdeploy.yml`
      )
    }
    if (constants.length > 0) {
      warnings.push(
        `${file} sets constants ${constants.join(', ')}, which mxdeploy.yml sets too: m2ee runs with mxdeploy.yml's values`
      )
    }
    if (events.length > 0) {
      warnings.push(
        `${file} sets ${events.join(' and ')}, and mxdeploy.yml sets scheduled-events: m2ee runs with mxdeploy.yml's`
      )
    }
  }
  return warnings
}
