import * as core from '@actions/core'
import { ConfigurationError } from '../../errors.js'
import { getOptionalInput } from '../shared/inputs.js'
import { Inputs } from './constants.js'

export interface DashboardInputs {
  readonly out: string
  readonly config: string
  readonly repository: string | undefined
  readonly githubToken: string
}

/** The dashboard action's inputs; the token is masked before anything else can print it. */
export function getInputs(): DashboardInputs {
  const githubToken = core.getInput(Inputs.GitHubToken)
  if (githubToken) core.setSecret(githubToken)
  if (!githubToken) {
    throw new ConfigurationError(
      'input github-token is empty: leave it at its default (github.token) or pass a token with deployments: read'
    )
  }
  const out = core.getInput(Inputs.Out)
  if (!out)
    throw new ConfigurationError('input out is empty: give the folder to write the site into')
  return {
    out,
    config: core.getInput(Inputs.Config) || 'mxdeploy.yml',
    repository: getOptionalInput(Inputs.Repository),
    githubToken
  }
}
