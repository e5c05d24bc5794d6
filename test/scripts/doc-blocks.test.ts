import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  assembledWorkflow,
  brokenLinks,
  codeBlocks,
  shellProblems,
  usesProblems
} from '../../scripts/check-doc-blocks.mjs'
import { ACTIONS, OWNER, REF } from '../../scripts/doc-conventions.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

const run = promisify(execFile)
const script = join(REPO_ROOT, 'scripts/check-doc-blocks.mjs')

describe('the conventions of uses: lines', () => {
  test("mxdeploy's own actions are named by one owner at one ref", () => {
    expect(usesProblems(`- uses: ${OWNER}/actions/stage@${REF}`)).toEqual([])
    expect(usesProblems(`- uses: ${OWNER}/actions/stage@v1`)).toEqual([
      `${OWNER}/actions/stage@v1: mxdeploy's actions are used at @${REF}`
    ])
    expect(usesProblems(`- uses: <owner>/mxdeploy/actions/stage@${REF}`)[0]).toContain(
      `mxdeploy is ${OWNER}`
    )
  })

  test('third-party actions at their current major, unknown ones named', () => {
    expect(usesProblems(`- uses: actions/checkout@${ACTIONS['actions/checkout']}`)).toEqual([])
    expect(usesProblems('- uses: actions/checkout@v4')).toEqual([
      `actions/checkout@v4: actions/checkout is used at @${ACTIONS['actions/checkout']} everywhere`
    ])
    expect(usesProblems("- uses: 'someone/thing@v3'")[0]).toContain(
      'not in scripts/doc-conventions'
    )
    expect(usesProblems('- uses: ./actions/stage')).toEqual([])
  })
})

describe('blocks as a reader pastes them', () => {
  test('steps go into a job; jobs without a trigger get one; a workflow stays as it is', () => {
    expect(assembledWorkflow('- run: true', {})).toContain('    steps:\n      - run: true')
    expect(assembledWorkflow('jobs: {}', { jobs: {} })).toMatch(/^on: workflow_dispatch\n/)
    expect(assembledWorkflow('on: push\njobs: {}', { on: 'push', jobs: {} })).toBe(
      'on: push\njobs: {}'
    )
  })

  test('a skip comment right before a block marks it, with its line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doc-blocks-'))
    const file = join(dir, 'a.md')
    await writeFile(
      file,
      '# a\n```sh\nls\n```\n<!-- docs-check: skip (why) -->\n\n```yaml\nx: 1\n```\n'
    )
    expect(codeBlocks(file).map((b) => [b.line, b.lang, b.text, b.skip])).toEqual([
      [2, 'sh', 'ls', false],
      [7, 'yaml', 'x: 1', true]
    ])
    await rm(dir, { recursive: true })
  })

  test('a relative link must lead to a file; web links, anchors and code are left alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doc-blocks-'))
    const file = join(dir, 'a.md')
    await writeFile(join(dir, 'there.md'), '')
    await writeFile(
      file,
      '[a](there.md#x) [b](gone.md) [c](https://example.com/x) [d](#top)\n```\n[e](nope.md)\n```\n'
    )
    expect(brokenLinks(file)).toEqual(['link to gone.md: no such file'])
    await rm(dir, { recursive: true })
  })

  test('a shell line that is not mxdeploy is left alone', () => {
    expect(shellProblems('npm ci && npm test\ngit log --oneline')).toEqual([])
  })
})

describe('the check over a document (the bundled CLI answers --help)', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'doc-blocks-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('names every broken block by file and line and exits 1', async () => {
    const file = join(dir, 'bad.md')
    await writeFile(
      file,
      [
        '```sh',
        'npx mxdeploy stage --environment test --nope 1',
        'mxdeploy frobnicate',
        '```',
        '```yaml',
        'app: hello',
        'environments:',
        '  test:',
        '    target: { type: nowhere }',
        '```',
        '```yaml',
        `- uses: actions/checkout@${ACTIONS['actions/checkout']}`,
        '- run: echo ${{ needs.build.outputs.x }}',
        '```',
        '<!-- docs-check: skip (a fragment of a fragment) -->',
        '```yaml',
        '- uses: actions/checkout@v1',
        '```'
      ].join('\n')
    )
    const failed = await run(process.execPath, [script, file]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error
    )
    expect(failed?.code).toBe(1)
    const lines = failed?.stderr.trim().split('\n') ?? []
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/bad\.md:1: .*mxdeploy stage takes no --nope/)
    expect(lines[1]).toMatch(/bad\.md:1: .*mxdeploy has no command frobnicate/)
    expect(lines[2]).toMatch(/bad\.md:5: not a valid mxdeploy.yml: .*type is "nowhere"/s)
    expect(lines[3]).toMatch(/bad\.md:11: actionlint: property "build" is not defined/)
  })

  test('passes a document whose blocks all hold', async () => {
    const file = join(dir, 'good.md')
    await writeFile(
      file,
      [
        '```sh',
        'npx mxdeploy stage --environment test --package latest',
        '```',
        '```yaml',
        'app: hello',
        'environments:',
        '  test:',
        '    target: { type: local, path: deployments/test }',
        '```'
      ].join('\n')
    )
    const { stdout } = await run(process.execPath, [script, file])
    expect(stdout).toContain('2 blocks in 1 documents checked, 0 problems')
  })
})
