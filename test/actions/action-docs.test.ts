import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { check as prettierCheck, resolveConfig } from 'prettier'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { renderTable, run, updateReadme } from '../../scripts/action-docs.mjs'
import { listActionFiles } from '../../scripts/action-files.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

const section = (name: string, kind: string, body = ''): string =>
  `<!-- action-docs:${name}:${kind} -->\n${body}<!-- /action-docs:${name}:${kind} -->\n`

// Every action of the repository (root first, then actions/* by name), as the script sees them.
const NAMES = listActionFiles(REPO_ROOT).map((action) => action.name)
const ALL = NAMES.flatMap((n) => [section(n, 'inputs'), section(n, 'outputs')])
const LAST = NAMES.at(-1)!

let dir = ''
let readme = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'action-docs-'))
  readme = join(dir, 'README.md')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('renderTable', () => {
  const doc = {
    inputs: {
      path: { description: 'Where <app>.mda goes | or not.\nSecond line.', required: true },
      mode: { description: 'A mode.', default: 'a|b' },
      tick: { description: 'Back`tick.', default: 'x`y' },
      flag: { description: 'A flag.', default: false }
    },
    outputs: { id: { description: 'The id.' } }
  }

  test('inputs: one line a row, | and < escaped, required and default shown', () => {
    expect(renderTable('inputs', doc).split('\n')).toEqual([
      '| Input | Description | Required | Default |',
      '| --- | --- | --- | --- |',
      '| `path` | Where \\<app>.mda goes \\| or not. Second line. | yes |  |',
      '| `mode` | A mode. | no | `a\\|b` |',
      '| `tick` | Back`tick. | no | `` x`y `` |',
      '| `flag` | A flag. | no | `false` |'
    ])
  })

  test('outputs', () => {
    expect(renderTable('outputs', doc)).toBe(
      '| Output | Description |\n| --- | --- |\n| `id` | The id. |'
    )
  })
})

describe('updateReadme', () => {
  const actions = [{ name: 'demo', doc: { inputs: {}, outputs: {} } }]

  test.each([
    [section('nope', 'inputs'), 'marker action-docs:nope:inputs names no action (there are: demo)'],
    ['<!-- action-docs:demo:inputs -->\n', 'marker action-docs:demo:inputs is not closed'],
    [
      '<!-- action-docs:demo:inputs -->\n<!-- action-docs:demo:outputs -->\n<!-- /action-docs:demo:outputs -->',
      'marker action-docs:demo:inputs is not closed before <!-- action-docs:demo:outputs -->'
    ],
    [
      '<!-- /action-docs:demo:inputs -->',
      'closing marker <!-- /action-docs:demo:inputs --> has no matching opening marker'
    ]
  ])('reports a broken marker: %j', async (text, problem) => {
    expect((await updateReadme(text, actions)).problems).toEqual([problem])
  })
})

describe('node scripts/action-docs.mjs', () => {
  test('a README without markers: reported, not an error, nothing written', async () => {
    await writeFile(readme, '# App\n\nNo tables here.\n')
    expect(await run({ check: true, readme, root: REPO_ROOT })).toEqual({
      code: 0,
      lines: [expect.stringContaining('README.md: no markers, nothing to check')]
    })
    expect((await run({ readme, root: REPO_ROOT })).code).toBe(0)
    expect(await readFile(readme, 'utf8')).toBe('# App\n\nNo tables here.\n')
  })

  test('no README at all', async () => {
    expect(await run({ check: true, readme, root: REPO_ROOT })).toEqual({
      code: 0,
      lines: [expect.stringContaining('README.md: no such file, no tables')]
    })
  })

  test('--check fails on stale tables; writing fixes them and keeps the rest of the README', async () => {
    const before = `# App\n\nIntro.\n\n${ALL.join('\nText between.\n\n')}\nThe end.\n`
    await writeFile(readme, before)
    const stale = await run({ check: true, readme, root: REPO_ROOT })
    expect(stale.code).toBe(1)
    expect(stale.lines).toEqual([expect.stringContaining('action tables are stale')])

    expect(await run({ readme, root: REPO_ROOT })).toMatchObject({ code: 0 })
    const after = await readFile(readme, 'utf8')
    expect(after.startsWith('# App\n\nIntro.\n\n<!-- action-docs:root:inputs -->\n\n| Input')).toBe(
      true
    )
    expect(after.endsWith(`<!-- /action-docs:${LAST}:outputs -->\n\nThe end.\n`)).toBe(true)
    expect(after.split('Text between.').length).toBe(ALL.length)

    const build = parse(await readFile(join(REPO_ROOT, 'actions/build/action.yml'), 'utf8')) as {
      inputs: object
      outputs: object
    }
    for (const name of [...Object.keys(build.inputs), ...Object.keys(build.outputs)]) {
      expect(after).toContain(`| \`${name}\``)
    }
    expect(await run({ check: true, readme, root: REPO_ROOT })).toMatchObject({
      code: 0,
      lines: [expect.stringContaining(`${ALL.length} action tables are up to date`)]
    })
    // The tables are already as prettier writes them, so `prettier --check .` agrees.
    const options = (await resolveConfig(join(REPO_ROOT, 'README.md'))) ?? {}
    expect(await prettierCheck(after, { ...options, parser: 'markdown' })).toBe(true)
  })

  test('an edited table is stale again', async () => {
    await writeFile(readme, ALL.join('\n'))
    await run({ readme, root: REPO_ROOT })
    const text = await readFile(readme, 'utf8')
    await writeFile(readme, text.replace('Name of the workflow artifact.', 'Edited by hand.'))
    expect((await run({ check: true, readme, root: REPO_ROOT })).code).toBe(1)
  })

  test('an action without its tables fails the check', async () => {
    await writeFile(readme, section('build', 'inputs') + '\n' + section('build', 'outputs'))
    await run({ readme, root: REPO_ROOT })
    expect(await run({ check: true, readme, root: REPO_ROOT })).toEqual({
      code: 1,
      lines: [
        expect.stringContaining(
          `no tables for ${NAMES.filter((n) => n !== 'build')
            .flatMap((n) => [`${n}:inputs`, `${n}:outputs`])
            .join(', ')}: add their markers`
        ),
        expect.stringContaining('2 action tables are up to date')
      ]
    })
  })
})
