/** One step of setting up GitHub for the scaffolded app: why, and the commands that do it. */
export interface SetupStep {
  why: string
  commands: string[]
}

/**
 * The `gh` commands that create each environment (the protected one with the person who runs them
 * as its required reviewer: PUT /repos/{owner}/{repo}/environments/{name} takes reviewers by
 * numeric ID) and store the TOTP secrets of its approvers as an environment secret.
 */
export function githubSetup(environments: readonly string[]): SetupStep[] {
  const protectedOne = environments.length > 1 ? environments[environments.length - 1] : undefined
  const endpoint = (name: string): string => `'repos/{owner}/{repo}/environments/${name}'`
  const steps: SetupStep[] = [
    {
      why: 'Create the environments (gh fills in {owner}/{repo} from this repository):',
      commands: environments
        .filter((name) => name !== protectedOne)
        .map((name) => `gh api -X PUT ${endpoint(name)}`)
    }
  ]
  if (protectedOne) {
    steps.push(
      {
        why: `Create ${protectedOne} with you as its required reviewer (add others under Settings → Environments → ${protectedOne}; required reviewers need a public repository, or GitHub Enterprise for a private one):`,
        commands: [
          `printf '{"reviewers":[{"type":"User","id":%s}]}' "$(gh api user --jq .id)" | gh api -X PUT ${endpoint(protectedOne)} --input -`
        ]
      },
      {
        why: `Enrol each reviewer of ${protectedOne} for two-factor codes (scan the QR code; add a "LOGIN: SECRET" line per reviewer to totp-secrets.yml), then store the file as ${protectedOne}'s environment secret and delete it:`,
        commands: [
          'login=$(gh api user --jq .login)',
          'mxdeploy mfa enroll --user "$login"',
          `gh secret set MXDEPLOY_TOTP_SECRETS --env ${protectedOne} < totp-secrets.yml`,
          'rm totp-secrets.yml'
        ]
      }
    )
  }
  return steps
}
