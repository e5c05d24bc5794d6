import type { ActivityStart, MfaLedgerEntry } from '../../../src/activity/activity-log.js'
import { PAYLOAD_KIND } from '../../../src/activity/github-deployments.js'
import { createOctokit } from '../../../src/github/octokit.js'
import { signEvents } from '../../../src/mfa/ledger-entry.js'
import { parseTotpSecrets } from '../../../src/mfa/secrets.js'
import { openSession } from '../../../src/mfa/session.js'
import { timeStep } from '../../../src/mfa/totp.js'
import { silentLogger } from '../../../src/log.js'
import type { GitHubStandIn } from '../../support/github/index.js'

/**
 * A ledger entry as an earlier run would have recorded it: `user`'s code accepted at `opened`,
 * opening a session of `hours` for `environment`, signed with `secret` (the right one, or not).
 */
export function acceptedEntry(options: {
  user: string
  secret: string
  environment: string
  opened: Date
  hours: number
}): MfaLedgerEntry {
  const secrets = parseTotpSecrets(`${options.user}: ${options.secret}\n`, 'test', silentLogger)
  const key = secrets.secretOf(options.user)!
  const session = openSession(key, options.user, options.environment, options.opened, options.hours)
  const [entry] = signEvents(
    [
      {
        kind: 'accepted',
        user: options.user,
        at: options.opened.toISOString(),
        step: timeStep(options.opened.getTime() / 1000),
        session
      }
    ],
    secrets
  )
  return entry!
}

/** Creates a deployment carrying `ledger` in its record, through the API as any token could. */
export async function recordLedger(
  gh: GitHubStandIn,
  environment: string,
  ledger: MfaLedgerEntry[]
): Promise<number> {
  const octokit = createOctokit({
    token: gh.token,
    baseUrl: gh.apiUrl,
    retryUnitMs: 1,
    writeSpacingMs: 0
  })
  const [owner, repo] = gh.repo().fullName.split('/') as [string, string]
  const start: ActivityStart = {
    id: 'earlier-run',
    time: new Date().toISOString(),
    app: 'hello',
    environment,
    operation: 'deploy',
    package: null,
    actor: 'octocat',
    approvers: [],
    mfa: { method: 'totp', users: [], ledger },
    commit: null,
    runUrl: null,
    stories: []
  }
  const created = await octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref: gh.repo().defaultBranch,
    environment,
    payload: { kind: PAYLOAD_KIND, start } as unknown as Record<string, unknown>,
    required_contexts: [],
    auto_merge: false
  })
  const id = (created.data as { id: number }).id
  await octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: id,
    state: 'failure',
    description: 'an earlier run'
  })
  return id
}
