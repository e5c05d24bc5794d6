import { ConfigurationError } from '../../errors.js'
import { getOptionalInput } from '../shared/inputs.js'
import { Inputs } from './constants.js'

export interface PublishInputs {
  /** mda-path when given, else the artifact-name. */
  readonly source: { readonly path: string } | { readonly artifact: string }
  readonly repository: string | undefined
  readonly githubToken: string | undefined
  readonly config: string | undefined
  /** The app to file the package under (default: mxdeploy.yml's app, else its manifest's). */
  readonly app: string | undefined
  /** The version to file a package under that carries none (a Studio Pro package). */
  readonly version: string | undefined
}

/** The publish action's inputs; throws ConfigurationError on a bad value. */
export function getInputs(): PublishInputs {
  const path = getOptionalInput(Inputs.MdaPath)
  const artifact = getOptionalInput(Inputs.ArtifactName)
  if (!path && !artifact) {
    throw new ConfigurationError(
      'nothing to publish: give mda-path (a built MDA) or artifact-name (the workflow artifact the build action uploaded in an earlier job)'
    )
  }
  return {
    source: path ? { path } : { artifact: artifact ?? '' },
    repository: getOptionalInput(Inputs.Repository),
    githubToken: getOptionalInput(Inputs.GitHubToken),
    config: getOptionalInput(Inputs.Config),
    app: getOptionalInput(Inputs.App),
    version: getOptionalInput(Inputs.Version)
  }
}
