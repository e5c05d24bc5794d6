import * as core from '@actions/core'
import { getBooleanInput, getOptionalInput } from '../shared/inputs.js'
import { Inputs } from './constants.js'

export interface BuildInputs {
  readonly project: string | undefined
  readonly deploymentDir: string | undefined
  readonly version: string
  readonly buildNumber: string | undefined
  readonly output: string | undefined
  readonly app: string | undefined
  readonly uploadArtifact: boolean
  readonly artifactName: string
}

/** The build action's inputs; throws ConfigurationError on a bad value. */
export function getInputs(): BuildInputs {
  return {
    project: getOptionalInput(Inputs.Project),
    deploymentDir: getOptionalInput(Inputs.DeploymentDir),
    version: core.getInput(Inputs.Version),
    buildNumber: getOptionalInput(Inputs.BuildNumber),
    output: getOptionalInput(Inputs.Output),
    app: getOptionalInput(Inputs.App),
    uploadArtifact: getBooleanInput(Inputs.UploadArtifact),
    artifactName: core.getInput(Inputs.ArtifactName) || 'mxdeploy-package'
  }
}
