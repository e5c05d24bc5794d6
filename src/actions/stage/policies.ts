import * as core from '@actions/core'
import { ConfigurationError } from '../../errors.js'
import { actionsIssuer } from '../../access/github-oidc.js'
import { DeploymentsMfaLedger } from '../../mfa/github-ledger.js'
import type { Octokit } from '../../github/octokit.js'
import { githubProtectionPolicy } from '../../access/github-protection-policy.js'
import type { RunContext } from '../../github/run-context.js'
import { RunApprovals } from '../../access/github-run-approvals.js'
import { offerFromComment, parseOtp, type CodeOffer } from '../../mfa/code-input.js'
import { SECRETS_VARIABLE, parseTotpSecrets } from '../../mfa/secrets.js'
import type { PolicyContext, StagePolicy } from '../../stage/policy.js'
import { totpPolicy } from '../../access/totp-policy.js'
import { actionLogger } from '../shared/logger.js'
import type { StageInputs } from './inputs.js'

export interface GitHubPolicyContext {
  octokit: Octokit
  context: RunContext
  inputs: StageInputs
  stateDir: string
  /** The step's environment; MXDEPLOY_TOTP_SECRETS is taken out of it (targets never see it). */
  env: NodeJS.ProcessEnv
}

/**
 * Takes the secrets document out of the environment, so that deployment targets (which may run
 * commands with that environment) never inherit it; it is parsed only for an environment with
 * `mfa: totp`.
 */
function takeSecretsDocument(env: NodeJS.ProcessEnv): string | undefined {
  const text = env[SECRETS_VARIABLE] ?? process.env[SECRETS_VARIABLE]
  delete env[SECRETS_VARIABLE]
  delete process.env[SECRETS_VARIABLE]
  return text
}

/**
 * The codes of a run: each approver's latest "Review deployments" comment for the environment,
 * and the `otp` input, which only a workflow_dispatch run can take from a person.
 */
async function codeOffers(
  approvals: RunApprovals,
  { context, inputs }: GitHubPolicyContext,
  { environment }: PolicyContext
): Promise<CodeOffer[]> {
  const offers = (await approvals.latestByUser(environment.name)).map((approval) =>
    offerFromComment(approval.user, approval.comment)
  )
  if (inputs.otp !== undefined) {
    if (context.eventName !== 'workflow_dispatch') {
      throw new ConfigurationError(
        `the otp input is for workflow_dispatch runs, where the person who starts the run types the code; this run was started by ${context.eventName ?? 'an unknown event'}: approvers give their code in the comment of the "Review deployments" dialog instead`
      )
    }
    offers.push({
      user: context.actor,
      source: 'input',
      code: parseOtp(inputs.otp, 'the otp input')
    })
  }
  return offers
}

/**
 * The access-control checks of a stage run on GitHub: the environment's protection rules and
 * that this job runs inside the environment (`reviewers: required`), then the TOTP second factor
 * of its approvers or actor (`mfa: totp`), whose replay, session and lockout state travels in the
 * environment's deployments from run to run.
 */
export function githubPolicies(policy: GitHubPolicyContext): StagePolicy[] {
  const { octokit, context, stateDir, env } = policy
  const { owner, repo, runId } = context
  const approvals = new RunApprovals(octokit, owner, repo, runId)
  const secretsDocument = takeSecretsDocument(env)
  return [
    githubProtectionPolicy({
      octokit,
      owner,
      repo,
      runId,
      approvals,
      issuer: actionsIssuer(context.serverUrl),
      // The runner sets the request URL only for jobs with `id-token: write`.
      idToken: env['ACTIONS_ID_TOKEN_REQUEST_URL']
        ? (audience) => core.getIDToken(audience)
        : undefined
    }),
    totpPolicy({
      async users({ environment }) {
        const approvers = await approvals.approvers(environment.name)
        return approvers.length ? approvers : [context.actor]
      },
      offers: (policyContext) => codeOffers(approvals, policy, policyContext),
      secrets() {
        if (secretsDocument === undefined || !secretsDocument.trim()) {
          return Promise.reject(
            new ConfigurationError(
              `no TOTP secrets: give the step "env: ${SECRETS_VARIABLE}: \${{ secrets.${SECRETS_VARIABLE} }}" and store the secrets document as the environment secret ${SECRETS_VARIABLE} (see mxdeploy mfa enroll)`
            )
          )
        }
        return Promise.resolve(parseTotpSecrets(secretsDocument, SECRETS_VARIABLE, actionLogger))
      },
      stateDir,
      ledger: new DeploymentsMfaLedger({ octokit, owner, repo })
    })
  ]
}
