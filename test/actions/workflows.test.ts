import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { isMap, isScalar, parse, parseDocument, type YAMLMap } from 'yaml'
import { lintWorkflow, workflowFiles } from '../../scripts/lint-workflows.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

const files = workflowFiles(REPO_ROOT)

test('there are the CI and check-dist workflows', () => {
  expect(files.map((f) => basename(f))).toEqual(
    expect.arrayContaining(['check-dist.yml', 'ci.yml'])
  )
})

describe.each(files.map((f) => [basename(f), f]))('%s', (_name, file) => {
  test('passes actionlint', async () => {
    expect((await lintWorkflow(file)).problems).toEqual([])
  })

  test('grants nothing at the top, and each job only permissions that say why', async () => {
    const doc = parseDocument(await readFile(file, 'utf8'))
    const top = doc.get('permissions', true)
    // A called workflow has none at the top, so that a job naming none gets exactly what the
    // calling job grants (publish: packages: write only from callers that publish to GHCR).
    const called = isMap(doc.get('on')) && (doc.get('on') as YAMLMap).has('workflow_call')
    if (called) expect(top).toBeUndefined()
    else expect(isMap(top) && top.items.length === 0).toBe(true)
    const jobs = doc.get('jobs') as YAMLMap<unknown, YAMLMap>
    for (const job of jobs.items) {
      const permissions: unknown = job.value?.get('permissions', true)
      if (called && permissions === undefined) {
        const note = job.value?.items.find((item) => String(item.key) === 'outputs')?.key
        expect(
          isScalar(note) ? note.commentBefore : undefined,
          `job ${String(job.key)} says why it takes the caller's grant`
        ).toMatch(/what the calling job grants/)
        continue
      }
      expect(isMap(permissions), `job ${String(job.key)} has a permissions map`).toBe(true)
      for (const entry of (permissions as YAMLMap).items) {
        const comment = isScalar(entry.value) ? entry.value.comment?.trim() : undefined
        expect(comment, `job ${String(job.key)}: ${String(entry.key)}`).toMatch(/\w+ \w+/)
      }
    }
  })

  test('pins every action by its major version tag', async () => {
    const uses = [...(await readFile(file, 'utf8')).matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)/gm)].map(
      (m) => m[1]!
    )
    expect(uses.length).toBeGreaterThan(0)
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@v\d+$/)
  })
})

test('CI tests on Node 20 and 24, after installing the system packages the tests run', async () => {
  const ci = parse(await readFile(join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { test: { strategy: { matrix: { node: number[] } }; steps: { run?: string }[] } }
  }
  expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24])
  const runs = ci.jobs.test.steps.map((s) => s.run)
  const install = runs.indexOf('node scripts/test-tools.mjs')
  expect(runs.indexOf('npm ci')).toBeGreaterThanOrEqual(0)
  expect(install).toBeGreaterThan(runs.indexOf('npm ci'))
  expect(install).toBeLessThan(runs.indexOf('npm test'))
})

test('a wrong workflow is caught, with file, line and column', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lint-workflows-'))
  try {
    const file = join(dir, 'bad.yml')
    await writeFile(
      file,
      [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo ${{ github.no_such_property }}',
        ''
      ].join('\n')
    )
    const { problems } = await lintWorkflow(file, dir)
    expect(problems).toEqual([
      expect.stringMatching(
        /^bad\.yml:7:\d+: property "no_such_property" is not defined in object type/
      )
    ])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
