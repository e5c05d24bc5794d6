import { execFileSync } from 'node:child_process'
import { cp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { mxdeploy, type CliRun } from '../../support/cli.js'
import { git, newRepo } from '../../trace/support/git-repo.js'

const EXAMPLE = new URL('../../../examples/hello/deployment', import.meta.url).pathname

/**
 * Three environments in a line. Production asks for a TOTP code (then an 8-hour session) and runs
 * a deploy command that fails while the file production.fail exists and prints markup into its
 * error, so a failed deploy and hostile text reach the activity log through the real CLI.
 */
export const DASHBOARD_CONFIG = `app: hello
build: { deployment-dir: deployment, version: 1.0.0 }
repository: file:.mxdeploy/packages
traceability:
  patterns:
    - name: jira
      url: https://jira.example.com/browse/{id}
environments:
  test: {}
  acceptance: { after: test, url: https://hello-accp.example.com }
  production:
    after: acceptance
    url: https://hello.example.com
    protection: { mfa: totp, session-hours: 8 }
    target:
      type: command
      run: 'if [ -e production.fail ]; then echo "<img src=x onerror=document.title=1> disk full"; exit 1; fi'
`

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/** A code from Debian's oathtool, an implementation independent of ours. */
function totp(): string {
  const at = `@${Math.floor(Date.now() / 1000)}`
  return execFileSync('oathtool', ['--totp', '-b', '-N', at, SECRET], { encoding: 'utf8' }).trim()
}

export interface DashboardApp {
  dir: string
  cleanup: () => void
  /** Runs the CLI in the app's folder as `actor` and expects it to succeed. */
  cli: (args: string[], actor?: string) => Promise<CliRun>
}

/** Commits dated `hoursAgo` before now, so lead times are hours, not years. */
function commitAt(dir: string, message: string, hoursAgo: number): void {
  const date = `${Math.floor(Date.now() / 1000 - hoursAgo * 3600)} +0000`
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd: dir,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ada',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date
    }
  })
}

/**
 * The example app through five packages, 40 stories, three environments: test runs 1.0.0.5,
 * acceptance 1.0.0.4, production 1.0.0.2 after 1.0.0.3 was rolled back and 1.0.0.4 failed.
 */
export async function dashboardApp(): Promise<DashboardApp> {
  const repo = newRepo()
  const dir = repo.dir
  await cp(EXAMPLE, join(dir, 'deployment'), { recursive: true })
  await writeFile(join(dir, '.gitignore'), '.mxdeploy/\n*.mda\n*.mda.sha256\n*.fail\n')
  await writeFile(join(dir, 'mxdeploy.yml'), DASHBOARD_CONFIG)
  git(dir, ['add', '-A'])
  const environment = (actor: string) => ({
    GITHUB_ACTOR: actor,
    MXDEPLOY_TOTP_SECRETS: `grace: ${SECRET}\n`
  })
  // Production's first stage presents a code; the session it opens covers the later ones.
  let code: string[] = ['--otp', totp()]
  const production = (args: string[]): string[] => {
    const factor = ['--user', 'grace', ...code]
    code = []
    return [...args, ...factor]
  }
  const cli = async (args: string[], actor = 'ada'): Promise<CliRun> => {
    const run = await mxdeploy(args, { cwd: dir, env: environment(actor) })
    expect(run.code, `mxdeploy ${args.join(' ')}\n${run.stderr}`).toBe(0)
    return run
  }
  const stage = (environment: string, version: string, actor?: string) =>
    environment === 'production'
      ? cli(production(['stage', '--environment', environment, '--package', version]), 'grace')
      : cli(['stage', '--environment', environment, '--package', version], actor)
  let story = 0
  let hours = 60
  const release = async (number: number, stories: number): Promise<string> => {
    for (let i = 0; i < stories; i++) {
      story++
      commitAt(dir, `ABC-${story} ${['login page', 'invoice export', 'inbox'][story % 3]}`, hours--)
    }
    const version = `1.0.0.${number}`
    const out = join(dir, `hello-${number}.mda`)
    await cli(['build', '--deployment-dir', 'deployment', '--version', version, '--out', out])
    await cli(['publish', out])
    return version
  }
  commitAt(dir, 'Initial commit', 72)
  const v1 = await release(1, 6)
  for (const env of ['test', 'acceptance', 'production']) await stage(env, v1)
  const v2 = await release(2, 8)
  for (const env of ['test', 'acceptance', 'production']) await stage(env, v2)
  const v3 = await release(3, 6)
  for (const env of ['test', 'acceptance', 'production']) await stage(env, v3)
  await cli(production(['stage', '--environment', 'production', '--rollback']), 'grace')
  const v4 = await release(4, 10)
  for (const env of ['test', 'acceptance']) await stage(env, v4)
  await writeFile(join(dir, 'production.fail'), '')
  const failed = await mxdeploy(
    production(['stage', '--environment', 'production', '--package', v4]),
    { cwd: dir, env: environment('grace') }
  )
  expect(failed.code, failed.stderr).toBe(1)
  await rm(join(dir, 'production.fail'))
  const v5 = await release(5, 10)
  await stage('test', v5, 'linus')
  return { dir, cleanup: repo.cleanup, cli }
}
