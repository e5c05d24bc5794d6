import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join, relative, sep } from 'node:path'
import { CONFIG_FILE, parseConfig } from '../config/load.js'
import { ConfigurationError, errnoCode } from '../errors.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { pathKind } from '../fs/path-kind.js'
import type { Logger } from '../log.js'
import { promotionSequence } from '../stage/promotion-sequence.js'
import { findAppSource, type AppSource, type SourceChoice } from './app-source.js'
import { configText } from './config-text.js'
import { githubSetup, type SetupStep } from './github-setup.js'
import { checkBranch, checkWorkflow, workflowText } from './workflow-text.js'
import { gitOutput as git } from '../git/git-output.js'

/** The environments a new app goes through, as in the Mendix Cloud. */
export const DEFAULT_ENVIRONMENTS = ['test', 'acceptance', 'production'] as const
/** Where the caller workflow goes, under the repository root. */
export const WORKFLOW_FILE = '.github/workflows/mendix.yml'
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/

export interface InitRequest extends SourceChoice {
  /** Absolute path of the app's folder, where mxdeploy.yml goes. */
  dir: string
  env: NodeJS.ProcessEnv
  log: Logger
  app?: string | undefined
  repository?: string | undefined
  branch?: string | undefined
  environments?: readonly string[] | undefined
  /** Replace mxdeploy.yml and the workflow when they exist. */
  force: boolean
}

export interface InitResult {
  app: string
  source: AppSource
  environments: string[]
  /** The git repository's root, where .github/workflows is; undefined outside one. */
  repositoryRoot: string | undefined
  files: { path: string; text: string; replaced: boolean }[]
  setup: SetupStep[]
}

const slashes = (path: string): string => path.split(sep).join('/')

function appName(request: InitRequest, source: AppSource): string {
  if (request.app !== undefined) {
    if (!NAME.test(request.app)) {
      throw new ConfigurationError(
        `app name ${JSON.stringify(request.app)} is not allowed: letters, digits, ".", "_" and "-", starting with a letter or digit, at most 63`
      )
    }
    return request.app
  }
  const base =
    source.kind === 'project'
      ? basename(source.path, extname(source.path))
      : (source.projectName ?? basename(request.dir))
  const name = base
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 63)
  if (!NAME.test(name)) {
    throw new ConfigurationError(
      `no app name can be made of ${JSON.stringify(base)}: give one with --app NAME`
    )
  }
  return name
}

function environmentNames(given: readonly string[] | undefined): string[] {
  const names = [...(given ?? DEFAULT_ENVIRONMENTS)]
  const bad = names.find((name) => !NAME.test(name))
  if (names.length === 0 || bad !== undefined) {
    throw new ConfigurationError(
      `environment name ${JSON.stringify(bad ?? '')} is not allowed: give --environments as names separated by commas, such as test,acceptance,production`
    )
  }
  const twice = names.find((name, index) => names.indexOf(name) !== index)
  if (twice) throw new ConfigurationError(`environment ${twice} is given twice in --environments`)
  return names
}

function checkRepository(repository: string | undefined): string | undefined {
  if (repository === undefined) return undefined
  if (repository.startsWith('file:')) {
    throw new ConfigurationError(
      `repository ${repository} is a folder, which does not outlive a GitHub Actions job: leave --repository out (the CLI keeps packages in .mxdeploy/packages, jobs in GitHub releases) or give github-release, artifact or oci://HOST/REPO`
    )
  }
  if (!/^(github-release|artifact(:[A-Za-z0-9._-]+)?|oci:\/\/[^\s/]+\/\S+)$/.test(repository)) {
    throw new ConfigurationError(
      `repository ${repository} is not one mxdeploy knows: give github-release, artifact or oci://HOST/REPO (such as oci://ghcr.io/OWNER/APP)`
    )
  }
  return repository
}

async function refuseExisting(paths: string[], force: boolean): Promise<boolean[]> {
  const kinds = await Promise.all(paths.map((path) => pathKind(path)))
  paths.forEach((path, index) => {
    const kind = kinds[index]
    if (kind === 'directory') {
      throw new ConfigurationError(
        `${path} is a folder: move it away, then run mxdeploy init again`
      )
    }
    if (kind === 'file' && !force) {
      throw new ConfigurationError(
        `${path} already exists: nothing was written; give --force to replace it`
      )
    }
  })
  return kinds.map((kind) => kind === 'file')
}

async function writeNew(path: string, text: string, force: boolean): Promise<void> {
  if (force) return writeFileAtomic(path, text)
  try {
    await writeFile(path, text, { flag: 'wx' })
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') throw error
    throw new ConfigurationError(`${path} appeared while init ran: give --force to replace it`)
  }
}

/**
 * Scaffolds an app's repository: finds what to build, writes mxdeploy.yml beside it and a caller
 * of mxdeploy's reusable workflow at the repository root, both checked before either is written,
 * and says how to set up GitHub. Existing files are replaced only with `force`.
 */
export async function initRepository(request: InitRequest): Promise<InitResult> {
  const { dir } = request
  if ((await pathKind(dir)) !== 'directory') {
    throw new ConfigurationError(`${dir} is not a folder: give the app's folder with --dir DIR`)
  }
  const repositoryRoot = await git(dir, ['rev-parse', '--show-toplevel'])
  const root = repositoryRoot ?? dir
  const source = await findAppSource(dir, request, request.env)
  for (const warning of source.warnings) request.log.warning(warning)
  const app = appName(request, source)
  const environments = environmentNames(request.environments)
  const repository = checkRepository(request.repository)
  const branch = checkBranch(
    request.branch ?? (await git(dir, ['symbolic-ref', '--short', '-q', 'HEAD'])) ?? 'main'
  )
  const configPath = join(dir, CONFIG_FILE)
  const workflowPath = join(root, WORKFLOW_FILE)
  const replaced = await refuseExisting([configPath, workflowPath], request.force)

  const config = configText({
    app,
    source,
    sourcePath: slashes(relative(dir, source.path)),
    version: '1.0.0',
    environments,
    repository
  })
  const order = promotionSequence(parseConfig(config, configPath).environments).map((e) => e.name)
  if (order.join() !== environments.join()) {
    throw new Error(`mxdeploy init wrote environments ${order.join(', ')} out of order`)
  }
  const plan = {
    app,
    branch,
    environments,
    config: slashes(relative(root, configPath)),
    project: source.kind === 'project' ? slashes(relative(root, source.path)) : undefined,
    repository
  }
  const workflow = workflowText(plan)
  checkWorkflow(workflow, plan)

  await writeNew(configPath, config, request.force)
  try {
    await mkdir(join(root, '.github', 'workflows'), { recursive: true })
    await writeNew(workflowPath, workflow, request.force)
  } catch (error) {
    // Both or neither: a half-scaffolded repository would be committed by mistake.
    if (!replaced[0]) await rm(configPath, { force: true })
    throw error
  }
  if (!repositoryRoot) {
    request.log.warning(
      `${dir} is not in a git repository: the workflow went to ${workflowPath}; commit both files to the app's repository`
    )
  }
  return {
    app,
    source,
    environments,
    repositoryRoot,
    files: [
      { path: configPath, text: config, replaced: replaced[0] ?? false },
      { path: workflowPath, text: workflow, replaced: replaced[1] ?? false }
    ],
    setup: githubSetup(environments)
  }
}
