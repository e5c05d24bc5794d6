import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { runAction, type ActionRun, type RunActionOptions } from '../support/runner/index.js'

const FIXTURES = join(import.meta.dirname, 'fixtures/runner-repo')
const runs: ActionRun[] = []

async function run(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const result = await runAction(name, { root: FIXTURES, ...options })
  runs.push(result)
  return result
}

function dumped(result: ActionRun): { env: Record<string, string>; cwd: string } {
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.logLines[0]!) as { env: Record<string, string>; cwd: string }
}

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
})

describe('the environment of an action', () => {
  test('is what the runner gives, and nothing else of the test process', async () => {
    process.env['MXDEPLOY_HARNESS_LEAK_CHECK'] = 'leaked'
    try {
      const result = await run('env-dump', {
        apiUrl: 'http://127.0.0.1:4567/api/v3',
        inputs: { 'deployment-dir': 'deployment' },
        env: { STEP_ENV: 'from env:' }
      })
      const { env, cwd } = dumped(result)
      expect(env['MXDEPLOY_HARNESS_LEAK_CHECK']).toBeUndefined()
      expect(env).toEqual(result.environment)
      expect(cwd).toBe(result.workspace)
      const names = Object.keys(env).filter(
        (n) => !/^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_[A-Z]+|TZ|TMPDIR)$/.test(n)
      )
      expect(names.filter((n) => !/^(GITHUB_|RUNNER_|INPUT_|CI$|STEP_ENV$)/.test(n))).toEqual([])
      expect(env).toMatchObject({
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: 'http://127.0.0.1:4567/api/v3',
        GITHUB_SERVER_URL: 'http://127.0.0.1:4567',
        GITHUB_GRAPHQL_URL: 'http://127.0.0.1:4567/api/graphql',
        GITHUB_REPOSITORY: 'octo-org/hello-mendix',
        GITHUB_REPOSITORY_OWNER: 'octo-org',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_RUN_NUMBER: '42',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKSPACE: result.workspace,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_TEMP: result.runnerTemp,
        STEP_ENV: 'from env:'
      })
      for (const name of [
        'GITHUB_OUTPUT',
        'GITHUB_STATE',
        'GITHUB_ENV',
        'GITHUB_PATH',
        'GITHUB_STEP_SUMMARY',
        'GITHUB_EVENT_PATH',
        'GITHUB_SHA',
        'GITHUB_RUN_ID',
        'GITHUB_ACTOR',
        'GITHUB_WORKFLOW',
        'GITHUB_JOB',
        'GITHUB_ACTION'
      ]) {
        expect(env[name], name).toMatch(/./)
      }
      expect(env['ACTIONS_ID_TOKEN_REQUEST_URL']).toBeUndefined()
      expect(env['ACTIONS_RUNTIME_TOKEN']).toBeUndefined()
      expect(env['GITHUB_TOKEN']).toBeUndefined()
    } finally {
      delete process.env['MXDEPLOY_HARNESS_LEAK_CHECK']
    }
  })

  test('inputs: INPUT_ + upper case with spaces to _, hyphens kept, defaults as the runner applies them', async () => {
    const { env } = dumped(
      await run('env-dump', {
        github: { runNumber: '7', runId: '555', token: 'ghs_fromTheContext' },
        inputs: { 'deployment-dir': 'given' }
      })
    )
    expect(env).toMatchObject({
      INPUT_NAME_WITH_SPACES: 'spaced',
      'INPUT_DEPLOYMENT-DIR': 'given',
      'INPUT_BUILD-NUMBER': '7',
      INPUT_MIXED: `run-555/${env['GITHUB_SHA']}/Linux/.`,
      INPUT_TOKEN: 'ghs_fromTheContext',
      'INPUT_CHECK-RUN-ID': '',
      INPUT_FLAG: 'true',
      INPUT_COUNT: '3'
    })
  })

  test('job.check_run_id in a default is the job check run ID where GitHub gives one', async () => {
    const { env } = dumped(await run('env-dump', { checkRunId: 51725241954 }))
    expect(env['INPUT_CHECK-RUN-ID']).toBe('51725241954')
  })

  test('every declared input is set, to "" when it has no default and none is given', async () => {
    const { env } = dumped(await run('env-dump'))
    expect(env['INPUT_DEPLOYMENT-DIR']).toBe('')
  })

  test('given values win over defaults, and are passed as text', async () => {
    const { env } = dumped(await run('env-dump', { inputs: { flag: false, count: 0, mixed: '' } }))
    expect(env).toMatchObject({ INPUT_FLAG: 'false', INPUT_COUNT: '0', INPUT_MIXED: '' })
  })

  test('event payload, OIDC and artifact variables when asked for', async () => {
    const event = { pull_request: { number: 12 }, action: 'opened' }
    const result = await run('env-dump', {
      eventName: 'pull_request',
      event,
      github: { ref: 'refs/pull/12/merge', baseRef: 'main', headRef: 'feature/x' },
      oidc: { url: 'http://127.0.0.1:1/token', token: 'oidc-request' },
      artifacts: { runtimeToken: 'rt', resultsUrl: 'http://127.0.0.1:1/results' }
    })
    const { env } = dumped(result)
    expect(JSON.parse(await readFile(env['GITHUB_EVENT_PATH']!, 'utf8'))).toEqual(event)
    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF_NAME: '12/merge',
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'feature/x',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/results'
    })
  })

  test('the default push payload names the repository, ref and commit', async () => {
    const { env } = dumped(await run('env-dump', { github: { repository: 'acme/shop' } }))
    const event = JSON.parse(await readFile(env['GITHUB_EVENT_PATH']!, 'utf8'))
    expect(event).toMatchObject({
      ref: 'refs/heads/main',
      after: env['GITHUB_SHA'],
      repository: { full_name: 'acme/shop', owner: { login: 'acme' } }
    })
  })
})

describe('what an action reports', () => {
  test('outputs, state, env, path, summary, annotations and masks', async () => {
    const result = await run('reporter')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({ plain: 'value', multi: 'line 1\nline 2', json: '{"a":1}' })
    expect(result.state).toEqual({ 'cleanup-id': '17' })
    expect(result.env).toEqual({ NEXT_STEP: 'yes\nreally' })
    expect(result.path).toEqual(['/opt/tool/bin'])
    expect(result.summary).toBe('<h2>Report</h2>\ndone')
    expect(result.masks).toEqual(['hunter2,really'])
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'broke: 50%\nsee below',
        file: 'a,b.yml',
        line: 2,
        col: 7,
        title: 'x:y'
      },
      { level: 'warning', message: 'careful' },
      { level: 'notice', message: 'fyi' },
      { level: 'warning', message: 'from stderr' }
    ])
    expect(result.commands.at(-1)).toMatchObject({ name: 'warning', stream: 'stderr' })
    expect(result.logLines).toContain('the secret is hunter2,really')
  })

  test('the exit code', async () => {
    expect((await run('reporter', { inputs: { 'exit-code': '1' } })).exitCode).toBe(1)
  })

  test('an action that does not end is killed after timeoutMs', async () => {
    const result = await run('hang', { timeoutMs: 300 })
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' })
  })
})

describe('mistakes in a test are refused before anything runs', () => {
  test('an input the action.yml does not declare', async () => {
    await expect(run('env-dump', { inputs: { 'deployment-folder': 'x' } })).rejects.toThrow(
      /declares no input deployment-folder \(it has: name with Spaces, deployment-dir,/
    )
  })

  test('a default the harness cannot evaluate', async () => {
    await expect(run('bad-default')).rejects.toThrow(
      /default of input secret: the harness evaluates only github\.\*, runner\.\* and job\.\* property paths, not "secrets\.DEPLOY_KEY"/
    )
  })

  test('an unknown action, and one whose runs.main is not built', async () => {
    await expect(run('nope')).rejects.toThrow(/no action "nope"/)
    await expect(run('unbuilt')).rejects.toThrow(
      /dist\/unbuilt\/index\.js does not exist: build dist\/ first \(npm run package\)/
    )
  })
})

describe('the Node that runs an action', () => {
  test("is MXDEPLOY_TEST_NODE when set (the Node 24 run of the e2e tests), else the tests' own", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-test-node-'))
    const marker = join(dir, 'ran')
    const wrapper = join(dir, 'node')
    // A "node" that leaves a mark, then is the real one.
    await writeFile(
      wrapper,
      `#!/bin/sh\necho "$@" > '${marker}'\nexec '${process.execPath}' "$@"\n`
    )
    await chmod(wrapper, 0o755)
    const before = process.env['MXDEPLOY_TEST_NODE']
    process.env['MXDEPLOY_TEST_NODE'] = wrapper
    try {
      dumped(await run('env-dump'))
      expect(await readFile(marker, 'utf8')).toMatch(/actions\/env-dump\/index\.mjs\n$/)
      delete process.env['MXDEPLOY_TEST_NODE']
      await rm(marker)
      dumped(await run('env-dump'))
      await expect(readFile(marker)).rejects.toThrow(/ENOENT/)
    } finally {
      if (before === undefined) delete process.env['MXDEPLOY_TEST_NODE']
      else process.env['MXDEPLOY_TEST_NODE'] = before
      await rm(dir, { recursive: true, force: true })
    }
  })
})
