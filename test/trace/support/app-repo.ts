import { cp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { mxdeploy, type CliRun } from '../../support/cli.js'
import { git, newRepo } from './git-repo.js'

const EXAMPLE = new URL('../../../examples/hello/deployment', import.meta.url).pathname

export const APP_CONFIG = `app: hello
build: { deployment-dir: deployment, version: 1.0.0 }
repository: file:.mxdeploy/packages
traceability:
  patterns:
    - name: jira
      url: https://jira.example.com/browse/{id}
environments:
  test: {}
  acceptance: { after: test }
`

/** A git repository holding the example app and its mxdeploy.yml (staged, not committed). */
export async function appRepo(config = APP_CONFIG): Promise<ReturnType<typeof newRepo>> {
  const repo = newRepo()
  await cp(EXAMPLE, join(repo.dir, 'deployment'), { recursive: true })
  await writeFile(join(repo.dir, '.gitignore'), '.mxdeploy/\n*.mda\n*.mda.sha256\n')
  await writeFile(join(repo.dir, 'mxdeploy.yml'), config)
  git(repo.dir, ['add', '-A'])
  return repo
}

/** Runs the CLI in `dir` and expects it to succeed. */
export async function cliOk(dir: string, ...args: string[]): Promise<CliRun> {
  const run = await mxdeploy(args, { cwd: dir })
  expect(run.code, run.stderr).toBe(0)
  return run
}

/** Builds package 1.0.0.<number> of HEAD and publishes it; returns its manifest. */
export async function buildAndPublish(dir: string, number: string): Promise<{ stories: string[] }> {
  const out = join(dir, `hello-${number}.mda`)
  const built = await cliOk(
    dir,
    'build',
    '--deployment-dir',
    'deployment',
    '--version',
    `1.0.0.${number}`,
    '--out',
    out,
    '--json'
  )
  await cliOk(dir, 'publish', out)
  return built.json.manifest
}

/** Stages a package (default the latest) to an environment; returns the JSON result. */
export async function stage(dir: string, environment: string, version?: string) {
  const args = ['stage', '--environment', environment, '--json']
  if (version) args.push('--package', version)
  return (await cliOk(dir, ...args)).json
}
