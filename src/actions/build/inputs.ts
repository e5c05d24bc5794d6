import { getBooleanInput, getOptionalInput } from '../shared/inputs.js'
import { maskSecret, readInput } from '../shared/runner-commands.js'
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
  /** mxdeploy.yml, for the story patterns and the repository of the previous package. */
  readonly config: string
  readonly repository: string | undefined
  readonly githubToken: string
}

/** The build action's inputs; throws ConfigurationError on a bad value. */
export function getInputs(): BuildInputs {
  const githubToken = readInput(Inputs.GitHubToken)
  maskSecret(githubToken)
  return {
    project: getOptionalInput(Inputs.Project),
    deploymentDir: getOptionalInput(Inputs.DeploymentDir),
    version: readInput(Inputs.Version),
    buildNumber: getOptionalInput(Inputs.BuildNumber),
    output: getOptionalInput(Inputs.Output),
    app: getOptionalInput(Inputs.App),
    uploadArtifact: getBooleanInput(Inputs.UploadArtifact),
    artifactName: readInput(Inputs.ArtifactName) || 'mxdeploy-package',
    config: readInput(Inputs.Config) || 'mxdeploy.yml',
    repository: getOptionalInput(Inputs.Repository),
    githubToken
  }
}
