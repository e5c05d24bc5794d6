import { readFile, realpath } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { parseDocument } from 'yaml'
import { ConfigurationError, errnoCode, errorMessage } from '../../errors.js'

type Mapping = Record<string, unknown>

/** What mxdeploy needs from the team's m2ee configuration, and what it noticed there. */
export interface TeamConfig {
  /** The files read: the team's m2ee.yaml, then the `include:` files m2ee would read after it. */
  files: string[]
  adminPort: number
  adminPass: string
  modelUploadPath: string
  /** The team's own `mxruntime` sections in load order, for the settings checks. */
  runtimeSections: { file: string; section: Mapping; included: boolean }[]
  /** Whether the team's file lists mxdeploy's settings file under `include:`. */
  includesFragment: boolean
  warnings: string[]
}

export interface ReadTeamConfigOptions {
  /** The team's m2ee.yaml (mxdeploy.yml's m2ee-config). */
  file: string
  /** mxdeploy.yml's app-base, absolute. */
  appBase: string
  /** mxdeploy's own fragment: listed in `include:` it is not the team's. */
  fragment: string
}

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** PyYAML reads YAML 1.1 and m2ee turns admin_pass into Python's str() of what it read. */
function pythonText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return String(value)
}

async function loadYaml(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8')
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false })
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message)
  return doc.toJS({ maxAliasCount: 100 }) as unknown
}

/**
 * Reads the team's m2ee.yaml and its `include:` files as m2ee-tools does (YAML 1.1; includes after
 * every `-c` file, not recursively, relative ones from the folder m2ee runs in, app-base), and
 * checks what would stop mxdeploy's settings file from taking effect. Nothing is written.
 */
export async function readTeamConfig(options: ReadTeamConfigOptions): Promise<TeamConfig> {
  const { file, appBase } = options
  let team: unknown
  try {
    team = await loadYaml(file)
  } catch (error) {
    const why =
      errnoCode(error) === 'ENOENT' ? 'does not exist' : `cannot be read: ${errorMessage(error)}`
    throw new ConfigurationError(
      `m2ee-config ${file} ${why}: point m2ee-config at the team's m2ee.yaml (the file m2ee runs with)`
    )
  }
  if (!isMapping(team)) {
    throw new ConfigurationError(
      `m2ee-config ${file} is not a YAML mapping with m2ee: and mxruntime: sections, so m2ee would ignore it`
    )
  }
  const warnings: string[] = []
  const loaded: { file: string; doc: Mapping; included: boolean }[] = [
    { file, doc: team, included: false }
  ]
  const include = team['include']
  if (include !== undefined && include !== null && !Array.isArray(include)) {
    warnings.push(`${file}: include is not a list, so m2ee ignores it`)
  }
  const fragment = resolve(options.fragment)
  let includesFragment = false
  for (const entry of Array.isArray(include) ? include : []) {
    const path = isAbsolute(String(entry)) ? String(entry) : resolve(appBase, String(entry))
    if (path === fragment) {
      includesFragment = true
      continue
    }
    try {
      const doc = await loadYaml(path)
      if (isMapping(doc)) loaded.push({ file: path, doc, included: true })
      else if (doc !== null)
        warnings.push(`${path} (included by ${file}) is not a YAML mapping, so m2ee skips it`)
    } catch (error) {
      warnings.push(
        `${path} (included by ${file}) cannot be read, so m2ee skips it: ${errorMessage(error)}`
      )
    }
  }
  // The m2ee section's scalars: the last file that sets one wins.
  const setting = (key: string): { value: unknown; file: string } | undefined => {
    let found: { value: unknown; file: string } | undefined
    for (const { file: from, doc } of loaded) {
      const section = doc['m2ee']
      if (isMapping(section) && section[key] !== undefined && section[key] !== null) {
        found = { value: section[key], file: from }
      }
    }
    return found
  }
  const missing = (key: string): ConfigurationError =>
    new ConfigurationError(
      `${file} has no m2ee.${key}: m2ee cannot run without it, and mxdeploy reads it from there`
    )

  const base = setting('app_base')
  if (!base) throw missing('app_base')
  await checkAppBase(String(base.value), base.file, appBase)

  const port = setting('admin_port')
  if (!port) throw missing('admin_port')
  const adminPort = Number(port.value)
  if (!Number.isInteger(adminPort) || adminPort < 1 || adminPort > 65535) {
    throw new ConfigurationError(
      `${port.file}: m2ee.admin_port is ${JSON.stringify(port.value)}, not a TCP port number`
    )
  }
  const pass = setting('admin_pass')
  if (!pass) throw missing('admin_pass')
  const upload = setting('model_upload_path')

  return {
    files: loaded.map((l) => l.file),
    adminPort,
    adminPass: pythonText(pass.value),
    modelUploadPath: upload
      ? String(upload.value)
      : join(String(base.value), 'data', 'model-upload'),
    runtimeSections: runtimeSections(loaded),
    includesFragment,
    warnings
  }
}

/** m2ee's app_base must be the folder mxdeploy deploys to, or the runtime runs something else. */
async function checkAppBase(configured: string, from: string, appBase: string): Promise<void> {
  let ours: string
  try {
    ours = await realpath(appBase)
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error
    throw new ConfigurationError(
      `app-base ${appBase} does not exist: create it as m2ee-tools' install guide does (runtimes/, data/, data/model-upload, owned by the user m2ee runs as)`
    )
  }
  const theirs = await realpath(resolve(configured)).catch(() => resolve(configured))
  if (ours !== theirs) {
    throw new ConfigurationError(
      `${from}: m2ee.app_base is ${configured}, but mxdeploy.yml's app-base is ${appBase}: m2ee would run another folder than the one mxdeploy deploys to; make them the same`
    )
  }
}

/**
 * The `mxruntime` sections in load order, refusing the shapes that make m2ee skip mxdeploy's file
 * altogether: m2ee merges a mapping into a text or list value by failing, and then ignores the
 * whole file it was reading with only a warning.
 */
function runtimeSections(
  loaded: { file: string; doc: Mapping; included: boolean }[]
): TeamConfig['runtimeSections'] {
  const sections: TeamConfig['runtimeSections'] = []
  for (const { file, doc, included } of loaded) {
    const section = doc['mxruntime']
    if (section === undefined || section === null) continue
    if (!isMapping(section)) {
      throw new ConfigurationError(
        `${file}: mxruntime is not a mapping, so m2ee would skip mxdeploy's settings file (it fails to merge a mapping into it); make mxruntime a mapping`
      )
    }
    const constants = section['MicroflowConstants']
    if (constants !== undefined && constants !== null && !isMapping(constants)) {
      throw new ConfigurationError(
        `${file}: mxruntime.MicroflowConstants is not a mapping, so m2ee would skip mxdeploy's settings file; write it as Module.Name: value lines, or remove it and set constants in mxdeploy.yml`
      )
    }
    sections.push({ file, section, included })
  }
  return sections
}
