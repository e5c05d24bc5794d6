import { ConfigurationError } from '../../errors.js'
import type { EnvironmentSettings } from '../deployment-target.js'
import type { TeamConfig } from './team-config.js'

const EVENT_KEYS = ['ScheduledEventExecution', 'MyScheduledEvents']

/**
 * What in the team's configuration would override mxdeploy's settings. m2ee loads the team's
 * m2ee.yaml, then mxdeploy's file, then the `include:` files: a value in the team's file is
 * replaced by mxdeploy's (a warning, so nobody edits it in vain), a value in an included file
 * would replace mxdeploy's (refused: what mxdeploy records would not be what runs).
 */
export function checkSettingsConflicts(team: TeamConfig, settings: EnvironmentSettings): string[] {
  const warnings: string[] = []
  for (const { file, section, included } of team.runtimeSections) {
    const constants = Object.keys((section['MicroflowConstants'] as object | null) ?? {}).filter(
      (name) => name in settings.constants
    )
    const events = EVENT_KEYS.filter((key) => section[key] !== undefined)
    if (included && (constants.length > 0 || events.length > 0)) {
      const names = [...constants.map((c) => `MicroflowConstants.${c}`), ...events]
      throw new ConfigurationError(
        `${file}, included by the team's m2ee.yaml, sets mxruntime ${names.join(', ')}: m2ee reads included files after mxdeploy's settings, so they would override what mxdeploy.yml says; remove them there and set them in mxdeploy.yml (constants:, scheduled-events:)`
      )
    }
    if (constants.length > 0) {
      warnings.push(
        `${file} sets constants ${constants.join(', ')}: m2ee runs with mxdeploy's values instead (mxdeploy.yml's, else the package default); set them in mxdeploy.yml`
      )
    }
    if (events.length > 0) {
      warnings.push(
        `${file} sets ${events.join(' and ')}: m2ee runs with mxdeploy's scheduled events instead; set them in mxdeploy.yml (scheduled-events:)`
      )
    }
  }
  return warnings
}
