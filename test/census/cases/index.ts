import type { CensusArea } from '../support/census-case.js'
import { cliArea } from './cli.js'
import { configArea } from './config.js'
import { deploymentFolderArea } from './deployment-folder.js'
import { packagesArea } from './packages.js'
import { standInsArea } from './stand-ins.js'

/** Every area of the census, in the order the table lists them. */
export const AREAS: CensusArea[] = [
  configArea,
  cliArea,
  deploymentFolderArea,
  packagesArea,
  standInsArea
]
