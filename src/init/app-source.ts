import { readdir, readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { pathKind } from '../fs/path-kind.js'
import { METADATA_PATH, parseMetadataDocument, readMetadata } from '../mda/metadata.js'
import { inspectProject } from '../mxbuild/project-facts.js'

/** What the app is built from, found in (or given for) the folder init scaffolds. */
export type AppSource =
  | {
      kind: 'project'
      /** Absolute path of the .mpr. */
      path: string
      /** The Studio Pro version that saved it: also the MxBuild and runtime it needs. */
      mendixVersion: string
      javaMajor: number
      warnings: string[]
    }
  | {
      kind: 'deployment-dir'
      /** Absolute path of the deployment folder (model/, web/, native/). */
      path: string
      runtimeVersion: string
      projectName: string | undefined
      warnings: string[]
    }

/** What the user named, if anything: a .mpr or a deployment folder, relative to the folder. */
export interface SourceChoice {
  project?: string | undefined
  deploymentDir?: string | undefined
}

function inside(dir: string, path: string, flag: string): void {
  const rel = relative(dir, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigurationError(
      `${flag} ${path} is not inside ${dir}: mxdeploy.yml names it relative to itself, so give one inside the app's folder`
    )
  }
}

async function projectSource(path: string, env: NodeJS.ProcessEnv): Promise<AppSource> {
  if ((await pathKind(path)) !== 'file') {
    throw new ConfigurationError(
      `Mendix app file ${path} does not exist: give the .mpr in the app's folder`
    )
  }
  const facts = await inspectProject(path, env)
  return {
    kind: 'project',
    path,
    mendixVersion: facts.mendixVersion,
    javaMajor: facts.java.major,
    warnings: facts.warnings
  }
}

async function deploymentSource(path: string): Promise<AppSource> {
  const file = join(path, METADATA_PATH)
  if ((await pathKind(file)) !== 'file') {
    throw new ConfigurationError(
      `${path} is not a Mendix deployment folder: it has no ${METADATA_PATH} (Studio Pro and MxBuild write one)`
    )
  }
  const metadata = readMetadata(parseMetadataDocument(await readFile(file), file), file)
  return {
    kind: 'deployment-dir',
    path,
    runtimeVersion: metadata.runtimeVersion,
    projectName: metadata.projectName,
    warnings: metadata.warnings
  }
}

/** The .mpr files at the top of `dir`, and its sub-folders that hold model/metadata.json. */
async function candidates(dir: string): Promise<{ projects: string[]; folders: string[] }> {
  const entries = await readdir(dir, { withFileTypes: true })
  const projects: string[] = []
  const folders: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isFile() && extname(entry.name).toLowerCase() === '.mpr') projects.push(path)
    else if (entry.isDirectory() && !entry.name.startsWith('.')) {
      if ((await pathKind(join(path, METADATA_PATH))) === 'file') folders.push(path)
    }
  }
  return { projects: projects.sort(), folders: folders.sort() }
}

function names(dir: string, paths: string[]): string {
  return paths.map((path) => relative(dir, path)).join(', ')
}

/**
 * The app's source: the .mpr or deployment folder given, else the one .mpr at the top of `dir`
 * (a deployment folder beside it is Studio Pro's output, so the .mpr wins), else the one folder
 * holding model/metadata.json. None, or two of a kind, is the user's to settle.
 */
export async function findAppSource(
  dir: string,
  choice: SourceChoice,
  env: NodeJS.ProcessEnv
): Promise<AppSource> {
  if (choice.project && choice.deploymentDir) {
    throw new ConfigurationError(
      'give either --project or --deployment-dir, not both: the app is built from one of them'
    )
  }
  if (choice.project) {
    const path = resolve(dir, choice.project)
    inside(dir, path, '--project')
    return projectSource(path, env)
  }
  if (choice.deploymentDir) {
    const path = resolve(dir, choice.deploymentDir)
    inside(dir, path, '--deployment-dir')
    return deploymentSource(path)
  }
  const { projects, folders } = await candidates(dir)
  if (projects.length > 1) {
    throw new ConfigurationError(
      `${dir} holds ${projects.length} Mendix app files (${names(dir, projects)}): give the one to build with --project FILE`
    )
  }
  if (projects[0]) return projectSource(projects[0], env)
  if (folders.length > 1) {
    throw new ConfigurationError(
      `${dir} holds ${folders.length} deployment folders (${names(dir, folders)}): give the one to package with --deployment-dir DIR`
    )
  }
  if (folders[0]) return deploymentSource(folders[0])
  throw new ConfigurationError(
    `${dir} holds no Mendix app file (.mpr) and no deployment folder (a folder with ${METADATA_PATH}): run mxdeploy init in the app's folder, or give --project FILE or --deployment-dir DIR`
  )
}
