// Runs one action's TypeScript source on this machine with @github/local-action, which stubs
// @actions/core, @actions/github and @actions/artifact and reads inputs from a .env file.
// Usage: npm run local -- <action> [--env <file>]     (default env file: .env; see .env.example)
// It runs src/actions/<action>/main.ts (the export run()), never dist/: local-action can only
// stub the toolkit in unbundled sources. For the bundled action, use the test harness.
import { spawn } from 'node:child_process'
import { existsSync, lstatSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './action-files.mjs'

const USAGE = 'usage: npm run local -- <action> [--env <file>]   (e.g. npm run local -- build)'

/**
 * What to run: the action's name, folder, TypeScript entry and .env file.
 * @typedef {{ error?: undefined, name: string, actionDir: string, entry: string, dotenv: string }} Plan
 */

/**
 * Checks the arguments; returns what to run or a message (for exit code 2).
 * @param {string[]} args the command line after the script
 * @param {string} [root] the repository
 * @param {string} [cwd] what a relative --env file is relative to
 * @returns {Plan | { error: string }}
 */
export function plan(args, root = repoRoot, cwd = process.cwd()) {
  const envAt = args.indexOf('--env')
  const envFile = envAt >= 0 ? args[envAt + 1] : undefined
  const rest = args.filter((_, i) => envAt < 0 || (i !== envAt && i !== envAt + 1))
  if (rest.length !== 1 || (envAt >= 0 && !envFile)) return { error: USAGE }
  const [name] = rest
  if (name === undefined) return { error: USAGE }
  if (name === 'root') {
    return {
      error:
        'the root action only dispatches on its command input: run the action itself, e.g. npm run local -- build'
    }
  }
  const actionDir = join(root, 'actions', name)
  const entry = join(root, 'src/actions', name, 'main.ts')
  if (!existsSync(join(actionDir, 'action.yml')) || !existsSync(entry)) {
    return {
      error: `no action "${name}": expected actions/${name}/action.yml and src/actions/${name}/main.ts`
    }
  }
  const dotenv = resolve(cwd, envFile ?? join(root, '.env'))
  if (!existsSync(dotenv)) {
    return {
      error: `${relative(cwd, dotenv) || dotenv} does not exist: copy .env.example to .env and set the action's inputs (INPUT_<NAME>=value)`
    }
  }
  return { name, actionDir, entry, dotenv }
}

/**
 * Whether the .env file sets a variable (local-action loads it over the environment).
 * @param {string} dotenv
 * @param {string} name
 */
function setsVariable(dotenv, name) {
  return new RegExp(`^\\s*(export\\s+)?${name}\\s*=`, 'm').test(readFileSync(dotenv, 'utf8'))
}

/** Runs the action; resolves to the exit code. */
async function main() {
  const target = plan(process.argv.slice(2))
  if (target.error !== undefined) {
    console.error(target.error)
    return 2
  }
  const env = { ...process.env }
  // core.summary needs GITHUB_STEP_SUMMARY to name a file; give it one unless .env does.
  let summary
  if (!env['GITHUB_STEP_SUMMARY'] && !setsVariable(target.dotenv, 'GITHUB_STEP_SUMMARY')) {
    summary = join(mkdtempSync(join(tmpdir(), 'mxdeploy-local-')), 'step-summary.md')
    env['GITHUB_STEP_SUMMARY'] = summary
  }
  // local-action stubs @actions/* by their path under node_modules; when node_modules is a
  // symlink (a git worktree), Node would load the real path and bypass the stubs.
  if (lstatSync(join(repoRoot, 'node_modules')).isSymbolicLink()) {
    env['NODE_OPTIONS'] = `${env['NODE_OPTIONS'] ?? ''} --preserve-symlinks`.trim()
  }
  const bin = join(repoRoot, 'node_modules/@github/local-action/bin/local-action.js')
  const child = spawn(
    process.execPath,
    [bin, 'run', target.actionDir, relative(target.actionDir, target.entry), target.dotenv],
    { cwd: repoRoot, env, stdio: ['inherit', 'pipe', 'inherit'] }
  )
  // local-action exits 0 after core.setFailed (while a step failed before loading @actions/core
  // sets the exit code itself), so a failure is read from its ::error lines.
  let failed = false
  let pending = ''
  child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
    process.stdout.write(chunk)
    const lines = (pending + chunk.toString('utf8')).split('\n')
    pending = lines.pop() ?? ''
    if (lines.some((line) => line.trimStart().startsWith('::error'))) failed = true
  })
  /** @type {number} */
  const code = await new Promise((done) => child.on('close', (c) => done(c ?? 1)))
  if (pending.trimStart().startsWith('::error')) failed = true
  if (summary) console.log(`job summary: ${summary}`)
  if (failed) {
    console.error(`${target.name} reported an error (::error above)`)
    return code !== 0 ? code : 1
  }
  return code
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main()
}
