// README input/output tables generated from the action.yml files, between markers:
//   <!-- action-docs:build:inputs -->  ...  <!-- /action-docs:build:inputs -->
//   <!-- action-docs:root:outputs -->  ...  <!-- /action-docs:root:outputs -->
// (`root` is the top-level action.yml, any other name is actions/<name>/action.yml).
// Usage: node scripts/action-docs.mjs [--check] [--readme README.md]
//   writes the tables of every markdown file that has markers (README.md, docs/*.md,
//   actions/*/README.md), or of the one --readme names; with --check fails (exit 1) when one is
//   stale, an action's own README lacks its tables, or an action has tables nowhere.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { format, resolveConfig } from 'prettier'
import {
  field,
  ioEntries,
  listActionFiles,
  readActionFile,
  repoRoot,
  scalarText
} from './action-files.mjs'

const MARKER = /<!--\s*(\/?)action-docs:([a-z0-9-]+):(inputs|outputs)\s*-->/g

/**
 * One table cell: one line, `|` escaped, and `<` escaped so `<app>` is text, not an HTML tag.
 * @param {unknown} text
 */
function cell(text) {
  return scalarText(text)
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .replaceAll('<', '\\<')
}

/**
 * A default value as inline code, with a longer fence when it holds a backtick.
 * @param {unknown} value
 */
function code(value) {
  if (value === undefined || value === null || value === '') return ''
  const text = scalarText(value)
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`.replaceAll('|', '\\|')
}

/**
 * The markdown table of an action's inputs or outputs (unformatted).
 * @param {'inputs' | 'outputs'} kind
 * @param {unknown} doc the parsed action.yml
 * @returns {string}
 */
export function renderTable(kind, doc) {
  const map = ioEntries(doc, kind)
  if (kind === 'inputs') {
    return [
      '| Input | Description | Required | Default |',
      '| --- | --- | --- | --- |',
      ...map.map(
        ([name, spec]) =>
          `| \`${name}\` | ${cell(field(spec, 'description'))} | ${field(spec, 'required') === true ? 'yes' : 'no'} | ${code(field(spec, 'default'))} |`
      )
    ].join('\n')
  }
  return [
    '| Output | Description |',
    '| --- | --- |',
    ...map.map(([name, spec]) => `| \`${name}\` | ${cell(field(spec, 'description'))} |`)
  ].join('\n')
}

/**
 * Replaces the content between every pair of markers. Returns the new text, the sections found,
 * the actions that have no section, and problems (unknown action, unclosed or stray marker).
 * @param {string} text the README
 * @param {import('./action-files.mjs').ActionDoc[]} actions
 * @param {import('prettier').Options} [prettierOptions] how the README is formatted
 * @returns {Promise<{ text: string, found: string[], missing: string[], problems: string[] }>}
 */
export async function updateReadme(text, actions, prettierOptions = {}) {
  /** @type {string[]} */
  const problems = []
  /** @type {string[]} */
  const found = []
  /** @type {string[]} */
  const parts = []
  let last = 0
  /** @type {{ key: string, end: number } | undefined} */
  let open
  for (const match of text.matchAll(MARKER)) {
    const [tag, slash, name = ''] = match
    const kind = match[3] === 'inputs' ? 'inputs' : 'outputs'
    const key = `${name}:${kind}`
    if (!slash) {
      if (open) problems.push(`marker action-docs:${open.key} is not closed before ${tag}`)
      open = { key, end: match.index + tag.length }
      continue
    }
    if (!open || open.key !== key) {
      problems.push(`closing marker ${tag} has no matching opening marker`)
      continue
    }
    const action = actions.find((a) => a.name === name)
    if (!action) {
      problems.push(
        `marker action-docs:${key} names no action (there are: ${actions.map((a) => a.name).join(', ')})`
      )
    } else {
      const table = await format(renderTable(kind, action.doc), {
        ...prettierOptions,
        parser: 'markdown'
      })
      parts.push(text.slice(last, open.end), `\n\n${table}\n`)
      last = match.index
      found.push(key)
    }
    open = undefined
  }
  if (open) problems.push(`marker action-docs:${open.key} is not closed`)
  parts.push(text.slice(last))
  const missing = actions
    .flatMap((a) => [`${a.name}:inputs`, `${a.name}:outputs`])
    .filter((key) => !found.includes(key))
  return { text: parts.join(''), found, missing, problems }
}

/**
 * The command: returns the exit code and the lines to print.
 * @param {{ check?: boolean, readme?: string | undefined, root?: string }} [options] `readme`
 *   defaults to README.md in `root`, the repository
 * @returns {Promise<{ code: number, lines: string[] }>}
 */
export async function run({ check = false, readme, root = repoRoot } = {}) {
  const file = readme ?? join(root, 'README.md')
  const shown = relative(process.cwd(), file) || file
  const actions = listActionFiles(root).map(({ name, file: f }) => ({
    name,
    doc: readActionFile(f, root)
  }))
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    // No README yet is not stale documentation: there is nothing to keep in step.
    if (field(error, 'code') === 'ENOENT') {
      return { code: 0, lines: [`${shown}: no such file, no tables`] }
    }
    throw error
  }
  const options = (await resolveConfig(file)) ?? {}
  const result = await updateReadme(text, actions, options)
  if (result.problems.length > 0) {
    return { code: 1, lines: result.problems.map((p) => `${shown}: ${p}`) }
  }
  if (result.found.length === 0) {
    return {
      code: 0,
      lines: [
        `${shown}: no markers, nothing to ${check ? 'check' : 'write'} (add <!-- action-docs:build:inputs --><!-- /action-docs:build:inputs --> where a table belongs)`
      ]
    }
  }
  /** @type {string[]} */
  const lines = []
  let code = 0
  if (result.missing.length > 0) {
    lines.push(`${shown}: no tables for ${result.missing.join(', ')}: add their markers`)
    code = 1
  }
  if (check) {
    if (result.text !== text) {
      lines.push(`${shown}: action tables are stale: run node scripts/action-docs.mjs`)
      code = 1
    } else lines.push(`${shown}: ${result.found.length} action tables are up to date`)
  } else if (result.text !== text) {
    writeFileSync(file, result.text)
    lines.push(`${shown}: wrote ${result.found.length} action tables`)
  } else lines.push(`${shown}: ${result.found.length} action tables already up to date`)
  return { code, lines }
}

/**
 * The markdown files that may hold action tables: README.md, docs/*.md, actions/<name>/README.md.
 * @param {string} root
 * @returns {string[]}
 */
function documentFiles(root) {
  const docs = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(root, 'docs', name))
    : []
  const actionReadmes = listActionFiles(root)
    .filter(({ name }) => name !== 'root')
    .map(({ name }) => join(root, 'actions', name, 'README.md'))
    .filter((file) => existsSync(file))
  return [join(root, 'README.md'), ...docs, ...actionReadmes].filter((file) => existsSync(file))
}

/**
 * Every document at once: each file's tables written or checked, each action's own README
 * holding its tables, and every action's tables somewhere.
 * @param {{ check?: boolean, root?: string }} [options]
 * @returns {Promise<{ code: number, lines: string[] }>}
 */
export async function runAll({ check = false, root = repoRoot } = {}) {
  const actions = listActionFiles(root).map(({ name, file: f }) => ({
    name,
    doc: readActionFile(f, root)
  }))
  /** @type {string[]} */
  const lines = []
  let code = 0
  const seen = new Set()
  for (const file of documentFiles(root)) {
    const shown = relative(root, file)
    const text = readFileSync(file, 'utf8')
    const result = await updateReadme(text, actions, (await resolveConfig(file)) ?? {})
    if (result.problems.length > 0) {
      lines.push(...result.problems.map((p) => `${shown}: ${p}`))
      code = 1
      continue
    }
    for (const key of result.found) seen.add(key)
    const own = /^actions\/([^/]+)\/README\.md$/.exec(shown)?.[1]
    const lacking = own
      ? [`${own}:inputs`, `${own}:outputs`].filter((key) => !result.found.includes(key))
      : []
    if (lacking.length > 0) {
      lines.push(`${shown}: no tables for ${lacking.join(', ')}: add their markers`)
      code = 1
    }
    if (result.found.length === 0) continue
    if (result.text === text) {
      lines.push(`${shown}: ${result.found.length} action tables are up to date`)
    } else if (check) {
      lines.push(`${shown}: action tables are stale: run node scripts/action-docs.mjs`)
      code = 1
    } else {
      writeFileSync(file, result.text)
      lines.push(`${shown}: wrote ${result.found.length} action tables`)
    }
  }
  const nowhere = actions
    .flatMap((a) => [`${a.name}:inputs`, `${a.name}:outputs`])
    .filter((key) => !seen.has(key))
  if (nowhere.length > 0) {
    lines.push(`no document has the tables of ${nowhere.join(', ')}: add their markers`)
    code = 1
  }
  return { code, lines }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const readmeAt = args.indexOf('--readme')
  const unknown = args.filter((a, i) => a !== '--check' && a !== '--readme' && i !== readmeAt + 1)
  if (unknown.length > 0 || (readmeAt >= 0 && !args[readmeAt + 1])) {
    console.error('usage: node scripts/action-docs.mjs [--check] [--readme README.md]')
    process.exit(2)
  }
  const check = args.includes('--check')
  const { code, lines } =
    readmeAt >= 0 ? await run({ check, readme: args[readmeAt + 1] }) : await runAll({ check })
  for (const line of lines) (code === 0 ? console.log : console.error)(line)
  process.exit(code)
}
