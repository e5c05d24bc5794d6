import * as core from '@actions/core'
import { ConfigurationError } from '../../errors.js'
import type { RequireStory } from '../../trace/require-story.js'
import { getOptionalInput } from '../shared/inputs.js'
import { Inputs } from './constants.js'

export interface TraceInputs {
  readonly from: string | undefined
  readonly to: string | undefined
  /** Undefined: traceability.require-story of mxdeploy.yml, else off. */
  readonly requireStory: RequireStory | undefined
  readonly config: string
  readonly githubToken: string
}

const MODES: readonly RequireStory[] = ['off', 'warn', 'error']

/** The trace action's inputs; the token is masked before anything else can print it. */
export function getInputs(): TraceInputs {
  const githubToken = core.getInput(Inputs.GitHubToken)
  if (githubToken) core.setSecret(githubToken)
  if (!githubToken) {
    throw new ConfigurationError(
      'input github-token is empty: leave it at its default (github.token) or pass a token with contents: read'
    )
  }
  const mode = getOptionalInput(Inputs.RequireStory)
  if (mode !== undefined && !MODES.includes(mode as RequireStory)) {
    throw new ConfigurationError(
      `input require-story is "${mode}"; use one of: ${MODES.join(', ')} (or leave it empty for mxdeploy.yml's traceability.require-story)`
    )
  }
  return {
    from: getOptionalInput(Inputs.From),
    to: getOptionalInput(Inputs.To),
    requireStory: mode as RequireStory | undefined,
    config: core.getInput(Inputs.Config) || 'mxdeploy.yml',
    githubToken
  }
}
