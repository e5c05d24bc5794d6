import { beforeAll, describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { hasCmarkGfm, renderGfm, tagNames, visibleText } from './support/gfm.js'

// mxdeploy activity --format markdown, for status pages and issues: a promotion diagram of what
// each environment runs, then the operations, rendered as GitHub does (cmark-gfm).

let dir = ''
const run = (...args: string[]) => mxdeploy(args, { cwd: dir })

beforeAll(async () => {
  dir = await copyExample()
  await writeConfig(
    dir,
    `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  acceptance: { after: test }
  production:
    after: acceptance
    target: { type: command, run: 'echo "<script>alert(1)</script> | @octocat"; exit 1' }
`
  )
  expect((await run('pipeline', '--build-number', '7')).code).toBe(1)
  expect((await run('pipeline', '--build-number', '8')).code).toBe(1)
})

describe.skipIf(!hasCmarkGfm)('mxdeploy activity --format markdown', () => {
  it('draws what each environment runs, then one row per operation, newest first', async () => {
    const { code, stdout } = await run('activity', '--format', 'markdown')
    expect(code).toBe(0)
    expect(stdout).toContain(
      [
        '### Activity of hello',
        '',
        '```mermaid',
        'flowchart LR',
        '  e0["test ✅ 1.2.0.8"]',
        '  e1["acceptance ✅ 1.2.0.8"]',
        '  e2["production ❌ 1.2.0.8 failed"]',
        '  e0 --> e1',
        '  e1 --> e2',
        '```',
        '',
        '| Time | Environment | Operation | Package | Result |'
      ].join('\n')
    )
    const html = renderGfm(stdout)
    expect(new Set(tagNames(html))).toEqual(
      new Set([
        '<h3',
        '</h3',
        '<pre',
        '<code',
        '</code',
        '</pre',
        '<table',
        '</table',
        '<thead',
        '</thead',
        '<tr',
        '</tr',
        '<th',
        '</th',
        '<tbody',
        '</tbody',
        '<td',
        '</td'
      ])
    )
    const rows = [...html.matchAll(/<tr>\s*<td>([\s\S]*?)<\/tr>/g)].map((m) => visibleText(m[1]!))
    expect(rows).toHaveLength(6)
    expect(rows[0]).toMatch(/production\s*deploy\s*1\.2\.0\.8\s*❌ failure/)
    // The deploy command's output is text in its cell: no script, no table cell of its own.
    expect(rows[0]).toContain('the deploy command exited with 1:')
    expect(stdout).not.toContain('<script>')
  })

  it('filtered to one environment, or cut with --limit', async () => {
    const one = await run('activity', '--format', 'markdown', '--environment', 'test')
    expect(one.stdout).not.toContain('```mermaid')
    expect(renderGfm(one.stdout).match(/<tr>/g)).toHaveLength(3)
    const cut = await run('activity', '--format', 'markdown', '--limit', '1')
    // The diagram still knows what every environment runs.
    expect(cut.stdout).toContain('e0["test ✅ 1.2.0.8"]')
    expect(renderGfm(cut.stdout).match(/<tr>/g)).toHaveLength(2)
  })

  it('refuses an unknown format', async () => {
    const bad = await run('activity', '--format', 'html')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--format html is not one of table, json, csv, markdown')
  })
})
