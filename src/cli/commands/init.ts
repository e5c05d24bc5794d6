import { relative, resolve } from 'node:path'
import { initRepository, type InitResult } from '../../init/init-repository.js'
import { booleanValue, stringValue, type Command } from '../command.js'
import { keyValues } from '../format.js'

function describe(result: InitResult, cwd: string, dir: string): string {
  const { source } = result
  // Paths as seen from the app's folder, where the commands below are run.
  const shown = (path: string): string => relative(dir, path) || '.'
  const built =
    source.kind === 'project'
      ? `${shown(source.path)} (Mendix ${source.mendixVersion}, Java ${source.javaMajor})`
      : `deployment folder ${shown(source.path)} (runtime ${source.runtimeVersion})`
  const lines = [
    `scaffolded ${result.app} in ${dir}`,
    keyValues([
      ['builds', built],
      ['environments', result.environments.join(' → ')],
      ...result.files.map(
        (file) => [file.replaced ? 'replaced' : 'wrote', shown(file.path)] as const
      )
    ]),
    '',
    'Next:',
    ...(dir === cwd ? [] : [`  cd ${dir}`]),
    '  Try it on this machine (local environments; it stops before the protected one):',
    '    mxdeploy pipeline',
    '  Keep its local state out of git, and commit both files:',
    '    echo .mxdeploy/ >> .gitignore',
    `    git add .gitignore ${result.files.map((f) => shown(f.path)).join(' ')}`,
    '    git commit -m "Deploy with mxdeploy"'
  ]
  for (const step of result.setup) {
    if (step.commands.length === 0) continue
    lines.push(`  ${step.why}`, ...step.commands.map((command) => `    ${command}`))
  }
  return lines.join('\n')
}

function listValue(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : text.split(',').map((name) => name.trim())
}

export const initCommand: Command = {
  name: 'init',
  summary:
    "Scaffold a Mendix app's repository: find the .mpr (and its Mendix version) or the deployment folder, write mxdeploy.yml and a GitHub Actions workflow that calls mxdeploy's reusable workflow, and print the gh commands that create the environments and their secrets. Never replaces a file without --force.",
  usage:
    'init [--dir DIR] [--project App.mpr | --deployment-dir DIR] [--app NAME] [--environments LIST] [--repository URI] [--branch NAME] [--force]',
  options: {
    dir: {
      type: 'string',
      value: 'DIR',
      description: "the app's folder, where mxdeploy.yml goes (default: the current folder)"
    },
    project: {
      type: 'string',
      value: 'FILE',
      description: 'the .mpr to build, when the folder holds more than one'
    },
    'deployment-dir': {
      type: 'string',
      value: 'DIR',
      description: 'the deployment folder to package, instead of a .mpr'
    },
    app: {
      type: 'string',
      value: 'NAME',
      description: "the app's name (default: the .mpr's name, else the project's)"
    },
    environments: {
      type: 'string',
      value: 'LIST',
      description:
        'environments in promotion order, separated by commas; the last is protected (default: test,acceptance,production)'
    },
    repository: {
      type: 'string',
      value: 'URI',
      description:
        'package repository for mxdeploy.yml: github-release, artifact or oci://HOST/REPO (default: none, so the CLI keeps packages in a folder and jobs in GitHub releases)'
    },
    branch: {
      type: 'string',
      value: 'NAME',
      description: "the branch whose pushes deploy (default: the repository's current branch)"
    },
    force: {
      type: 'boolean',
      description: 'replace mxdeploy.yml and the workflow when they exist'
    }
  },
  async run(context) {
    const cwd = context.io.cwd
    const dir = resolve(cwd, stringValue(context, 'dir') ?? '.')
    const result = await initRepository({
      dir,
      env: context.io.env,
      log: context.log,
      project: stringValue(context, 'project'),
      deploymentDir: stringValue(context, 'deployment-dir'),
      app: stringValue(context, 'app'),
      environments: listValue(stringValue(context, 'environments')),
      repository: stringValue(context, 'repository'),
      branch: stringValue(context, 'branch'),
      force: booleanValue(context, 'force')
    })
    const json = {
      app: result.app,
      source: result.source,
      environments: result.environments,
      repositoryRoot: result.repositoryRoot ?? null,
      files: result.files.map(({ path, replaced }) => ({ path, replaced })),
      github: result.setup
    }
    return { json, text: describe(result, cwd, dir) }
  }
}
