import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { parse, stringify } from 'yaml'
import { checkActions } from '../../scripts/check-actions.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

describe('the repository', () => {
  test('every action.yml passes: schema, node24, runs.main built, described, root covers all', () => {
    const { checked, problems } = checkActions(REPO_ROOT)
    expect(problems).toEqual([])
    expect(checked).toContain('action.yml')
    expect(checked).toContain('actions/build/action.yml')
  })
})

// A small repository to break one thing at a time: the real schema, a root action and one
// sub-action whose bundle exists.
const SUB = {
  name: 'demo',
  description: 'Demo action.',
  inputs: {
    version: { description: 'Version.', required: true },
    'upload-artifact': { description: 'Upload.', required: false, default: 'true' }
  },
  outputs: { 'mda-path': { description: 'Path.' } },
  runs: { using: 'node24', main: '../../dist/demo/index.js' }
}
const ROOT = {
  name: 'root',
  description: 'All actions.',
  inputs: {
    command: { description: 'Which action.', required: true },
    version: { description: 'demo: version.', required: false },
    'upload-artifact': { description: 'demo: upload.', required: false, default: 'true' }
  },
  outputs: { 'mda-path': { description: 'demo: path.' } },
  runs: { using: 'node24', main: 'dist/root/index.js' }
}

let root = ''
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function repoWith(change: {
  root?: (doc: typeof ROOT) => unknown
  sub?: (doc: typeof SUB) => unknown
  subText?: string
}): Promise<string[]> {
  root = await mkdtemp(join(tmpdir(), 'check-actions-'))
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  await mkdir(join(root, 'schema'))
  await copyFile(
    join(REPO_ROOT, 'schema/action-metadata.schema.json'),
    join(root, 'schema/action-metadata.schema.json')
  )
  await write('dist/demo/index.js', '')
  await write('dist/root/index.js', '')
  const clone = <T>(doc: T): T => structuredClone(doc)
  await write('action.yml', stringify(change.root ? change.root(clone(ROOT)) : ROOT))
  await write(
    'actions/demo/action.yml',
    change.subText ?? stringify(change.sub ? change.sub(clone(SUB)) : SUB)
  )
  return checkActions(root).problems
}

describe('each mistake is reported', () => {
  test('the unchanged small repository passes', async () => {
    expect(await repoWith({})).toEqual([])
  })

  test('another Node version', async () => {
    const problems = await repoWith({
      sub: (d) => ({ ...d, runs: { ...d.runs, using: 'node20' } })
    })
    expect(problems).toEqual([
      'actions/demo/action.yml: runs.using is "node20"; every action runs on node24'
    ])
  })

  test('a runtime the schema does not know', async () => {
    const problems = await repoWith({
      sub: (d) => ({ ...d, runs: { ...d.runs, using: 'node99' } })
    })
    expect(problems).toContain(
      'actions/demo/action.yml: runs.using must be equal to one of the allowed values: node12, node16, node20, node24'
    )
  })

  test('a misspelt key', async () => {
    const problems = await repoWith({
      sub: ({ outputs, ...d }) => ({ ...d, output: outputs })
    })
    expect(problems).toEqual([
      'actions/demo/action.yml: (top) must NOT have additional properties (output)',
      'action.yml: output mda-path belongs to no action under actions/'
    ])
  })

  test('runs.main that was not built, and one outside dist/', async () => {
    expect(
      await repoWith({ sub: (d) => ({ ...d, runs: { ...d.runs, main: '../../dist/x/index.js' } }) })
    ).toEqual([
      'actions/demo/action.yml: runs.main "../../dist/x/index.js" (dist/x/index.js) does not exist: run npm run package'
    ])
    await rm(root, { recursive: true })
    expect(
      await repoWith({ sub: (d) => ({ ...d, runs: { ...d.runs, main: '../../src/main.ts' } }) })
    ).toEqual([
      'actions/demo/action.yml: runs.main "../../src/main.ts" is outside dist/: actions run the bundle'
    ])
  })

  test('an input without a description, an empty one, a name not in kebab-case', async () => {
    const problems = await repoWith({
      sub: (d) => ({
        ...d,
        inputs: { ...d.inputs, version: { required: true } },
        outputs: { mdaPath: { description: ' ' } }
      }),
      root: (d) => ({ ...d, outputs: { mdaPath: { description: 'demo: path.' } } })
    })
    expect(problems).toEqual([
      'action.yml: output mdaPath is not kebab-case',
      "actions/demo/action.yml: inputs.version must have required property 'description'",
      'actions/demo/action.yml: input version has no description',
      'actions/demo/action.yml: output mdaPath has no description',
      'actions/demo/action.yml: output mdaPath is not kebab-case'
    ])
  })

  test('a description longer than the Marketplace takes; 125 characters pass', async () => {
    const long = 'x'.repeat(126)
    expect(await repoWith({ root: (d) => ({ ...d, description: long }) })).toEqual([
      'action.yml: description is 126 characters; the Marketplace takes at most 125'
    ])
    await rm(root, { recursive: true })
    expect(await repoWith({ sub: (d) => ({ ...d, description: 'é'.repeat(125) }) })).toEqual([])
  })

  test('YAML that does not parse names the file and line', async () => {
    const problems = await repoWith({ subText: 'name: demo\ninputs:\n  a: [\n' })
    expect(problems[0]).toMatch(/^actions\/demo\/action\.yml: .*line 4/s)
  })
})

describe('the root action stands in for every sub-action', () => {
  test('command missing, or not required', async () => {
    expect(
      await repoWith({
        root: ({ inputs: { command: _c, ...rest }, ...d }) => ({ ...d, inputs: rest })
      })
    ).toEqual(['action.yml: has no input command'])
    await rm(root, { recursive: true })
    expect(
      await repoWith({
        root: (d) => ({
          ...d,
          inputs: { ...d.inputs, command: { description: 'Which.', required: false } }
        })
      })
    ).toEqual(['action.yml: input command must be required'])
  })

  test("a sub-action's input or output it lacks", async () => {
    const problems = await repoWith({
      sub: (d) => ({
        ...d,
        inputs: { ...d.inputs, app: { description: 'App.' } },
        outputs: { ...d.outputs, sha256: { description: 'Hash.' } }
      })
    })
    expect(problems).toEqual([
      'action.yml: has no input app (of actions/demo)',
      'action.yml: has no output sha256 (of actions/demo)'
    ])
  })

  test('an input or output no sub-action has', async () => {
    const problems = await repoWith({
      root: (d) => ({
        ...d,
        inputs: { ...d.inputs, extra: { description: 'Nobody reads this.' } },
        outputs: { ...d.outputs, ghost: { description: 'Nobody sets this.' } }
      })
    })
    expect(problems).toEqual([
      'action.yml: input extra belongs to no action under actions/',
      'action.yml: output ghost belongs to no action under actions/'
    ])
  })

  test('a required input, and a default that differs from the sub-action', async () => {
    const problems = await repoWith({
      root: (d) => ({
        ...d,
        inputs: {
          ...d.inputs,
          version: { description: 'demo: version.', required: true },
          'upload-artifact': { description: 'demo: upload.', default: 'false' }
        }
      })
    })
    expect(problems).toEqual([
      'action.yml: input version must not be required',
      'action.yml: input upload-artifact defaults to "false", but actions/demo to "true"'
    ])
  })
})

test('the schema in the repository allows node24 and is the one the check reads', async () => {
  const schema = JSON.parse(
    await readFile(join(REPO_ROOT, 'schema/action-metadata.schema.json'), 'utf8')
  )
  expect(schema.definitions['runs-javascript'].properties.using.enum).toContain('node24')
  expect(parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')).runs.using).toBe('node24')
})
