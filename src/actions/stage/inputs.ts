import * as core from '@actions/core'
import { ConfigurationError } from '../../errors.js'
import { getBooleanInput, getOptionalInput } from '../shared/inputs.js'
import { Inputs } from './constants.js'

export interface StageInputs {
  readonly environment: string
  readonly package: string | undefined
  readonly config: string
  readonly repository: string | undefined
  readonly githubToken: string
  readonly redeploy: boolean
  readonly rollback: boolean
  readonly otp: string | undefined
  /** The job's check run ID (`job.check_run_id`), which finds GitHub's deployment for the job. */
  readonly checkRunId: string | undefined
}

/** The stage action's inputs; secrets are masked before anything else can print them. */
export function getInputs(): StageInputs {
  const otp = getOptionalInput(Inputs.Otp)
  if (otp) {
    // Apps show "492 039"; the code is the digits, which must not print either.
    core.setSecret(otp)
    if (/\s/.test(otp) && otp.replace(/\s+/g, '')) core.setSecret(otp.replace(/\s+/g, ''))
  }
  const githubToken = core.getInput(Inputs.GitHubToken)
  if (githubToken) core.setSecret(githubToken)
  const environment = core.getInput(Inputs.Environment)
  if (!environment)
    throw new ConfigurationError('input environment is required: the environment to deploy to')
  if (!githubToken) {
    throw new ConfigurationError(
      'input github-token is empty: leave it at its default (github.token) or pass a token with deployments: write'
    )
  }
  const rollback = getBooleanInput(Inputs.Rollback)
  const pkg = getOptionalInput(Inputs.Package)
  if (rollback && pkg && pkg !== 'latest') {
    throw new ConfigurationError(
      'rollback deploys the previous package: leave the package input empty'
    )
  }
  return {
    environment,
    package: pkg,
    config: core.getInput(Inputs.Config) || 'mxdeploy.yml',
    repository: getOptionalInput(Inputs.Repository),
    githubToken,
    redeploy: getBooleanInput(Inputs.Redeploy),
    rollback,
    otp,
    checkRunId: checkRunIdInput()
  }
}

/** Digits or nothing: GHES has no `job.check_run_id`, so its default is empty there. */
function checkRunIdInput(): string | undefined {
  const value = getOptionalInput(Inputs.CheckRunId)
  if (value !== undefined && !/^\d+$/.test(value)) {
    throw new ConfigurationError(
      `input check-run-id is '${value}', not a number: leave it at its default (job.check_run_id)`
    )
  }
  return value
}
