import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { NODE24_VERSION } from '../../scripts/node24.mjs'
import { bundledActionTests } from '../../scripts/test-node24.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

const run = promisify(execFile)

describe('the Node 24 run of the bundled actions', () => {
  it('covers every e2e test of an action, and only tests that run dist/ through runAction', async () => {
    const files = bundledActionTests()
    const e2e = (await readdir(join(REPO_ROOT, 'test'), { recursive: true }))
      .filter((name) => name.endsWith('.e2e.test.ts'))
      .map((name) => `test/${name}`)
    const actionE2e = []
    for (const file of e2e) {
      if ((await readFile(join(REPO_ROOT, file), 'utf8')).includes('runAction('))
        actionE2e.push(file)
    }
    expect(actionE2e.length).toBeGreaterThanOrEqual(8)
    for (const file of actionE2e) expect(files).toContain(file)
    expect(files).toContain('test/dashboard/dashboard-github.test.ts')
    expect(files).not.toContain('test/actions/run-action.test.ts')
  })

  it('gets a Node 24 binary from the npm registry package, once, and says which', async () => {
    const env = { PATH: process.env['PATH'], HOME: process.env['HOME'] }
    const script = join(REPO_ROOT, 'scripts/node24.mjs')
    const { stdout } = await run(process.execPath, [script], { env })
    const node = stdout.trim()
    expect(node).toBe(
      join(REPO_ROOT, 'node_modules/.cache/mxdeploy', `node-v${NODE24_VERSION}`, 'bin/node')
    )
    const version = await run(node, ['--version'])
    expect(version.stdout).toBe(`v${NODE24_VERSION}\n`)
    expect(NODE24_VERSION).toMatch(/^24\./)
    // MXDEPLOY_NODE24 names another binary instead (a Node 24 installed some other way).
    const other = await run(process.execPath, [script], {
      env: { ...env, MXDEPLOY_NODE24: '/opt/node24/bin/node' }
    })
    expect(other.stdout).toBe('/opt/node24/bin/node\n')
  }, 120_000)
})
