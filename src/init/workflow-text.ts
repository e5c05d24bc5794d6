import { parse } from 'yaml'
import { ConfigurationError } from '../errors.js'
import { DOCS_BASE, yamlScalar } from './config-text.js'

/** The reusable workflow the caller calls, at the major tag its inner actions run at. */
export const REUSABLE_WORKFLOW = 'mxdeploy/mxdeploy/.github/workflows/mendix-pipeline.yml@v0'

/** What init writes into the caller workflow. */
export interface WorkflowPlan {
  app: string
  /** The branch whose pushes deploy. */
  branch: string
  environments: readonly string[]
  /** mxdeploy.yml relative to the repository root, with `/`. */
  config: string
  /** The .mpr relative to the repository root, for a .mpr build: it turns on the JDK and cache. */
  project: string | undefined
  repository: string | undefined
}

/** The permissions the calling job grants, each with why; publish receives exactly these. */
export function callerPermissions(repository: string | undefined): [string, string, string][] {
  const ghcr = repository?.startsWith('oci://ghcr.io/') ?? false
  const releases = repository === undefined || repository === 'github-release'
  return [
    releases
      ? ['contents', 'write', 'check out; publish keeps each package as a GitHub release']
      : ['contents', 'read', 'check out the app and mxdeploy.yml'],
    ghcr
      ? ['packages', 'write', 'publish pushes each package to GHCR']
      : ['packages', 'read', 'stage asks for it (it reads GHCR packages); write only for ghcr.io'],
    ['deployments', 'write', 'each stage is a GitHub deployment'],
    ['id-token', 'write', 'stage jobs prove their environment with OIDC'],
    ['actions', 'read', "stage jobs read the environment's rules and the run's approvals"],
    ['pull-requests', 'write', 'deployment summaries on the pull requests a package brings']
  ]
}

/** The caller workflow's text: one job that calls the reusable workflow. */
export function workflowText(plan: WorkflowPlan): string {
  const permissions = callerPermissions(plan.repository).map(
    ([name, level, why]) => `      ${name}: ${level} # ${why}`
  )
  const inputs = [
    `      environments: '${JSON.stringify(plan.environments)}'`,
    `      config: ${yamlScalar(plan.config)}`,
    ...(plan.project
      ? [`      project: ${yamlScalar(plan.project)} # the JDK and MxBuild of its Mendix version`]
      : [])
  ]
  return [
    `# Builds ${plan.app} once on every push to ${plan.branch}, publishes the package and stages it`,
    `# through ${plan.environments.join(' → ')}; written by mxdeploy init.`,
    `# What each line is for: ${DOCS_BASE}/reusable-workflow.md`,
    `name: Deploy ${plan.app}`,
    '',
    'on:',
    '  push:',
    `    branches: [${yamlScalar(plan.branch)}]`,
    '  workflow_dispatch:',
    '',
    '# Nothing by default; the calling job grants what the reusable workflow asks for.',
    'permissions: {}',
    '',
    'jobs:',
    '  pipeline:',
    `    uses: ${REUSABLE_WORKFLOW}`,
    '    permissions:',
    ...permissions,
    '    with:',
    ...inputs,
    '    # No secrets: here. Environment secrets (MXDEPLOY_TOTP_SECRETS of a protected environment)',
    '    # reach the stage job that runs in that environment; repository secrets are passed by name:',
    '    #   secrets:',
    '    #     MENDIX_API_KEY: ${{ secrets.MENDIX_API_KEY }}',
    ''
  ].join('\n')
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/**
 * Checks the written workflow against what it must say: one job calling the reusable workflow,
 * with the environments of mxdeploy.yml in promotion order and mxdeploy.yml's path. A mismatch
 * is a defect of init, reported before anything is written.
 */
export function checkWorkflow(text: string, plan: WorkflowPlan): void {
  const problems: string[] = []
  let doc: Record<string, unknown> = {}
  try {
    doc = record(parse(text))
  } catch (error) {
    problems.push(`not YAML: ${(error as Error).message}`)
  }
  const job = record(record(doc['jobs'])['pipeline'])
  const withs = record(job['with'])
  if (!('on' in doc)) problems.push('no on: triggers')
  if (job['uses'] !== REUSABLE_WORKFLOW)
    problems.push(`jobs.pipeline.uses is not ${REUSABLE_WORKFLOW}`)
  let environments: unknown
  try {
    environments = JSON.parse(String(withs['environments']))
  } catch {
    environments = undefined
  }
  if (JSON.stringify(environments) !== JSON.stringify(plan.environments)) {
    problems.push(`with.environments is not ${JSON.stringify(plan.environments)}`)
  }
  if (withs['config'] !== plan.config) problems.push(`with.config is not ${plan.config}`)
  if ((withs['project'] ?? undefined) !== plan.project) problems.push('with.project is wrong')
  if (problems.length > 0) {
    throw new Error(`mxdeploy init wrote a workflow it cannot use: ${problems.join('; ')}`)
  }
}

/** A branch name the workflow can trigger on. */
export function checkBranch(branch: string): string {
  if (!/^[A-Za-z0-9._/-]+$/.test(branch)) {
    throw new ConfigurationError(
      `branch ${JSON.stringify(branch)} cannot be written into the workflow: give --branch NAME`
    )
  }
  return branch
}
