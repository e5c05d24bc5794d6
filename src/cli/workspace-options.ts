import { CONFIG_FILE } from '../config/config-file.js'
import type { OptionSpec } from './command.js'

/** Flags every command that works on mxdeploy.yml takes. */
export const WORKSPACE_OPTIONS: Record<string, OptionSpec> = {
  config: {
    type: 'string',
    value: 'FILE',
    description: `configuration file (default: ./${CONFIG_FILE})`
  },
  'state-dir': {
    type: 'string',
    value: 'DIR',
    description:
      'where the activity log, locks and default environments live (default: .mxdeploy beside the configuration)'
  },
  repository: {
    type: 'string',
    value: 'URI',
    description:
      'package repository, overriding mxdeploy.yml (file:DIR, github-release, oci://HOST/REPO, artifact[:NAME])'
  }
}
