import type { AppSource } from './app-source.js'

/** Where mxdeploy's documents and schema are published, at the ref the workflow uses. */
export const DOCS_BASE = 'https://github.com/mxdeploy/mxdeploy/blob/v0/docs'
const SCHEMA_URL =
  'https://raw.githubusercontent.com/mxdeploy/mxdeploy/v0/schema/mxdeploy.schema.json'

/** What init writes into mxdeploy.yml. */
export interface ConfigPlan {
  app: string
  source: AppSource
  /** The source's path relative to mxdeploy.yml's folder, with `/`. */
  sourcePath: string
  version: string
  /** In promotion order; the last one is protected. */
  environments: readonly string[]
  repository: string | undefined
}

/** A YAML scalar: plain when it is safe in a flow mapping, else double-quoted (JSON is YAML). */
export function yamlScalar(value: string): string {
  return /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(value) && !/^[0-9.]+$/.test(value)
    ? value
    : JSON.stringify(value)
}

function sourceLine(plan: ConfigPlan): string {
  const { source } = plan
  const key = source.kind === 'project' ? 'project' : 'deployment-dir'
  const note =
    source.kind === 'project'
      ? `Mendix ${source.mendixVersion}, built with MxBuild ${source.mendixVersion}`
      : `runtime ${source.runtimeVersion}`
  return `build: { ${key}: ${yamlScalar(plan.sourcePath)}, version: ${plan.version} } # ${note}`
}

function environmentLines(environments: readonly string[]): string[] {
  const lines: string[] = []
  environments.forEach((name, index) => {
    const after = index > 0 ? environments[index - 1] : undefined
    const last = index === environments.length - 1 && environments.length > 1
    if (last) {
      lines.push(`  ${name}:`, `    after: ${after}`)
      lines.push(
        '    # Deployed only after a required reviewer approves the job in GitHub, with a code from',
        '    # their authenticator app (mxdeploy mfa enroll) in the comment.',
        '    protection: { reviewers: required, mfa: totp, session-hours: 8 }'
      )
    } else {
      lines.push(after ? `  ${name}: { after: ${after} }` : `  ${name}: {}`)
    }
  })
  return lines
}

/** The text of mxdeploy.yml for the plan: small, commented, and valid against the schema. */
export function configText(plan: ConfigPlan): string {
  const repository = plan.repository
    ? [`repository: ${yamlScalar(plan.repository)}`]
    : [
        '# repository: not set, so the CLI keeps packages in .mxdeploy/packages and GitHub Actions',
        '# jobs keep them as GitHub releases (or set oci://ghcr.io/OWNER/APP).'
      ]
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# How ${plan.app} is built once and staged through its environments; written by mxdeploy init.`,
    `# Every key: ${DOCS_BASE}/configuration.md`,
    `app: ${yamlScalar(plan.app)}`,
    sourceLine(plan),
    ...repository,
    'traceability: { require-story: warn }',
    'environments:',
    '  # No target yet: each environment is a local folder (.mxdeploy/envs/NAME). Give each a',
    '  # target (mendix-cloud, cloudfoundry, kubernetes, m2ee, image, command) to deploy for real.',
    ...environmentLines(plan.environments),
    ''
  ].join('\n')
}
