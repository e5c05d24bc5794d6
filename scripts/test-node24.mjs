// Runs the end-to-end tests of the bundled actions (the test files that run dist/ through the
// runner harness's runAction) with the actions under Node 24, as GitHub runs `node24` actions:
// the harness spawns MXDEPLOY_TEST_NODE, set here to scripts/node24.mjs's binary. Vitest itself
// stays on the Node that runs this script. Extra arguments go to vitest.
// Usage: node scripts/test-node24.mjs [vitest args]
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './action-files.mjs'
import { node24, nodeVersion } from './node24.mjs'

// The harness's own test runs fixture actions, not dist/: it is not one of them.
const HARNESS_TEST = 'test/actions/run-action.test.ts'

/**
 * The test files that run a bundled action: they call the harness's runAction.
 * @param {string} [root]
 * @returns {string[]} paths relative to root, sorted
 */
export function bundledActionTests(root = repoRoot) {
  const files = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts') && !name.startsWith(`support/`))
    .map((name) => relative(root, join(root, 'test', name)))
  return files
    .filter((file) => file !== HARNESS_TEST)
    .filter((file) => /\brunAction\(/.test(readFileSync(join(root, file), 'utf8')))
    .sort()
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const node = node24((line) => console.error(line))
  const version = nodeVersion(node)
  if (!version.startsWith('v24.')) {
    console.error(`${node} is Node ${version}, not 24`)
    process.exit(1)
  }
  const files = bundledActionTests()
  console.error(
    `the bundled actions' e2e tests (${files.length} files), actions on Node ${version}`
  )
  const vitest = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs')
  const result = spawnSync(process.execPath, [vitest, 'run', ...files, ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, MXDEPLOY_TEST_NODE: node }
  })
  process.exitCode = result.status ?? 1
}
