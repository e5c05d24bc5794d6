// Checks every action.yml (the root one and actions/*/action.yml): valid against the action
// metadata schema (schema/action-metadata.schema.json, node24 allowed), all on the same Node
// version, runs.main built into dist/, every input and output described and kebab-case, and the
// root action taking `command` plus every input and output of the sub-actions.
// Usage: node scripts/check-actions.mjs   (exit 1 and one line per problem when any)
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import { listActionFiles, readActionFile, repoRoot } from './action-files.mjs'

/** The one Node version every action runs on. */
export const NODE_VERSION = 'node24'

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

function entries(map) {
  return map && typeof map === 'object' ? Object.entries(map) : []
}

function schemaProblems(validate, doc) {
  if (validate(doc)) return []
  return (validate.errors ?? []).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(top)'
    const extra = error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''
    const allowed = error.params?.allowedValues ? `: ${error.params.allowedValues.join(', ')}` : ''
    return `${where} ${error.message}${extra}${allowed}`
  })
}

function metadataProblems(doc, file, root) {
  const problems = []
  const runs = doc?.runs ?? {}
  if (runs.using !== NODE_VERSION) {
    problems.push(`runs.using is "${runs.using}"; every action runs on ${NODE_VERSION}`)
  }
  if (typeof runs.main === 'string') {
    const main = resolve(dirname(file), runs.main)
    if (!main.startsWith(join(root, 'dist') + sep)) {
      problems.push(`runs.main "${runs.main}" is outside dist/: actions run the bundle`)
    } else if (!existsSync(main)) {
      problems.push(
        `runs.main "${runs.main}" (${relative(root, main)}) does not exist: run npm run package`
      )
    }
  }
  for (const [kind, map] of [
    ['input', doc?.inputs],
    ['output', doc?.outputs]
  ]) {
    for (const [name, spec] of entries(map)) {
      if (typeof spec?.description !== 'string' || spec.description.trim() === '') {
        problems.push(`${kind} ${name} has no description`)
      }
      if (!KEBAB.test(name)) problems.push(`${kind} ${name} is not kebab-case`)
    }
  }
  return problems
}

/** Whether the root action can stand in for each sub-action with `command: <name>`. */
export function rootProblems(rootDoc, subActions) {
  const problems = []
  const rootInputs = Object.fromEntries(entries(rootDoc?.inputs))
  const rootOutputs = Object.fromEntries(entries(rootDoc?.outputs))
  if (!rootInputs.command) problems.push('has no input command')
  else if (rootInputs.command.required !== true) problems.push('input command must be required')
  const defaults = new Map()
  for (const { name, doc } of subActions) {
    for (const [input, spec] of entries(doc?.inputs)) {
      if (!rootInputs[input]) problems.push(`has no input ${input} (of actions/${name})`)
      const list = defaults.get(input) ?? []
      list.push({ name, value: spec?.default })
      defaults.set(input, list)
    }
    for (const [output] of entries(doc?.outputs)) {
      if (!rootOutputs[output]) problems.push(`has no output ${output} (of actions/${name})`)
    }
  }
  for (const [input, spec] of Object.entries(rootInputs)) {
    if (input === 'command') continue
    const subs = defaults.get(input)
    if (!subs) {
      problems.push(`input ${input} belongs to no action under actions/`)
      continue
    }
    // Every input but command depends on the command, so the runner must not demand it.
    if (spec?.required === true) problems.push(`input ${input} must not be required`)
    const values = new Set(subs.map((s) => (s.value === undefined ? undefined : String(s.value))))
    const wanted = [...values][0]
    const rootDefault = spec?.default === undefined ? undefined : String(spec.default)
    if (values.size === 1 && rootDefault !== wanted) {
      problems.push(
        `input ${input} defaults to ${JSON.stringify(rootDefault ?? null)}, but actions/${subs[0].name} to ${JSON.stringify(wanted ?? null)}`
      )
    }
  }
  const subOutputs = new Set(subActions.flatMap(({ doc }) => entries(doc?.outputs).map(([o]) => o)))
  for (const output of Object.keys(rootOutputs)) {
    if (!subOutputs.has(output))
      problems.push(`output ${output} belongs to no action under actions/`)
  }
  return problems
}

/** Checks every action.yml under `root`; returns the files checked and the problems found. */
export function checkActions(root = repoRoot) {
  const schema = JSON.parse(readFileSync(join(root, 'schema/action-metadata.schema.json'), 'utf8'))
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
  const files = listActionFiles(root)
  const problems = []
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
