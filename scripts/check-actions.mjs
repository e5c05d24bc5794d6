// Checks every action.yml (the root one and actions/*/action.yml): valid against the action
// metadata schema (schema/action-metadata.schema.json, node24 allowed), all on the same Node
// version, runs.main built into dist/, every input and output described and kebab-case, and the
// root action taking `command` plus every input and output of the sub-actions.
// Usage: node scripts/check-actions.mjs   (exit 1 and one line per problem when any)
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import {
  field,
  ioEntries,
  listActionFiles,
  readActionFile,
  repoRoot,
  scalarText
} from './action-files.mjs'

/** The one Node version every action runs on. */
export const NODE_VERSION = 'node24'

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/**
 * The schema's complaints, one line each: where, what, and the property or values concerned.
 * @param {import('ajv').ValidateFunction} validate
 * @param {unknown} doc
 * @returns {string[]}
 */
function schemaProblems(validate, doc) {
  if (validate(doc)) return []
  return (validate.errors ?? []).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(top)'
    const property = field(error.params, 'additionalProperty')
    const values = field(error.params, 'allowedValues')
    const extra = typeof property === 'string' ? ` (${property})` : ''
    const allowed = Array.isArray(values) ? `: ${values.map(String).join(', ')}` : ''
    return `${where} ${error.message ?? 'is invalid'}${extra}${allowed}`
  })
}

/**
 * What the schema cannot say: the Node version, runs.main in dist/, described kebab-case names.
 * @param {unknown} doc the parsed action.yml
 * @param {string} file where it is
 * @param {string} root the repository
 * @returns {string[]}
 */
function metadataProblems(doc, file, root) {
  /** @type {string[]} */
  const problems = []
  const runs = field(doc, 'runs')
  const using = field(runs, 'using')
  const mainPath = field(runs, 'main')
  if (using !== NODE_VERSION) {
    problems.push(`runs.using is "${String(using)}"; every action runs on ${NODE_VERSION}`)
  }
  if (typeof mainPath === 'string') {
    const main = resolve(dirname(file), mainPath)
    if (!main.startsWith(join(root, 'dist') + sep)) {
      problems.push(`runs.main "${mainPath}" is outside dist/: actions run the bundle`)
    } else if (!existsSync(main)) {
      problems.push(
        `runs.main "${mainPath}" (${relative(root, main)}) does not exist: run npm run package`
      )
    }
  }
  for (const [kind, list] of /** @type {const} */ ([
    ['input', 'inputs'],
    ['output', 'outputs']
  ])) {
    for (const [name, spec] of ioEntries(doc, list)) {
      const description = field(spec, 'description')
      if (typeof description !== 'string' || description.trim() === '') {
        problems.push(`${kind} ${name} has no description`)
      }
      if (!KEBAB.test(name)) problems.push(`${kind} ${name} is not kebab-case`)
    }
  }
  return problems
}

/**
 * Whether the root action can stand in for each sub-action with `command: <name>`.
 * @param {unknown} rootDoc the parsed action.yml at the top
 * @param {import('./action-files.mjs').ActionDoc[]} subActions those under actions/
 * @returns {string[]}
 */
export function rootProblems(rootDoc, subActions) {
  /** @type {string[]} */
  const problems = []
  const rootInputs = new Map(ioEntries(rootDoc, 'inputs'))
  const rootOutputs = new Map(ioEntries(rootDoc, 'outputs'))
  const command = rootInputs.get('command')
  if (!command) problems.push('has no input command')
  else if (field(command, 'required') !== true) problems.push('input command must be required')
  /** @type {Map<string, { name: string, value: unknown }[]>} */
  const defaults = new Map()
  for (const { name, doc } of subActions) {
    for (const [input, spec] of ioEntries(doc, 'inputs')) {
      if (!rootInputs.get(input)) problems.push(`has no input ${input} (of actions/${name})`)
      const list = defaults.get(input) ?? []
      list.push({ name, value: field(spec, 'default') })
      defaults.set(input, list)
    }
    for (const [output] of ioEntries(doc, 'outputs')) {
      if (!rootOutputs.get(output)) problems.push(`has no output ${output} (of actions/${name})`)
    }
  }
  for (const [input, spec] of rootInputs) {
    if (input === 'command') continue
    const subs = defaults.get(input)
    if (!subs) {
      problems.push(`input ${input} belongs to no action under actions/`)
      continue
    }
    // Every input but command depends on the command, so the runner must not demand it.
    if (field(spec, 'required') === true) problems.push(`input ${input} must not be required`)
    const values = new Set(
      subs.map((s) => (s.value === undefined ? undefined : scalarText(s.value)))
    )
    const wanted = [...values][0]
    const declared = field(spec, 'default')
    const rootDefault = declared === undefined ? undefined : scalarText(declared)
    if (values.size === 1 && rootDefault !== wanted) {
      problems.push(
        `input ${input} defaults to ${JSON.stringify(rootDefault ?? null)}, but actions/${subs[0]?.name} to ${JSON.stringify(wanted ?? null)}`
      )
    }
  }
  const subOutputs = new Set(
    subActions.flatMap(({ doc }) => ioEntries(doc, 'outputs').map(([output]) => output))
  )
  for (const output of rootOutputs.keys()) {
    if (!subOutputs.has(output))
      problems.push(`output ${output} belongs to no action under actions/`)
  }
  return problems
}

/**
 * Checks every action.yml under `root`; returns the files checked and the problems found.
 * @param {string} [root]
 * @returns {{ checked: string[], problems: string[] }}
 */
export function checkActions(root = repoRoot) {
  /** @type {unknown} */
  const schema = JSON.parse(readFileSync(join(root, 'schema/action-metadata.schema.json'), 'utf8'))
  const validate = new Ajv({ allErrors: true, strict: false }).compile(
    /** @type {import('ajv').AnySchema} */ (schema)
  )
  const files = listActionFiles(root)
  /** @type {string[]} */
  const problems = []
  /** @type {import('./action-files.mjs').ActionDoc[]} */
  const docs = []
  for (const { name, file } of files) {
    const shown = relative(root, file)
    let doc
    try {
      doc = readActionFile(file, root)
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
      continue
    }
    docs.push({ name, doc })
    for (const problem of [
      ...schemaProblems(validate, doc),
      ...metadataProblems(doc, file, root)
    ]) {
      problems.push(`${shown}: ${problem}`)
    }
  }
  const rootDoc = docs.find((d) => d.name === 'root')
  if (!rootDoc) problems.push('action.yml: missing (the root action)')
  else {
    const subs = docs.filter((d) => d.name !== 'root')
    for (const problem of rootProblems(rootDoc.doc, subs)) problems.push(`action.yml: ${problem}`)
  }
  return { checked: files.map((f) => relative(root, f.file)), problems }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { checked, problems } = checkActions()
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) in ${checked.length} action.yml file(s)`)
    process.exit(1)
  }
  console.log(`action.yml files are valid: ${checked.join(', ')}`)
}
