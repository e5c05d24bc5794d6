import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  inputEnvName,
  loadActionMetadata,
  REPO_ROOT,
  type ActionMetadata
} from './action-metadata.js'
import { defaultValue, type ExpressionContexts } from './default-expressions.js'
import { parseKeyValueFile, parsePathFile } from './file-commands.js'
import {
  defaultEvent,
  githubContext,
  githubEnvironment,
  githubExpressionContext,
  type GitHubRunContext,
  type RunnerContext
} from './runner-context.js'
import {
  parseWorkflowCommands,
  type Annotation,
  type WorkflowCommand
} from './workflow-commands.js'

export interface RunActionOptions {
  /** The step's `with:`; every input must be declared in the action.yml. */
  readonly inputs?: Readonly<Record<string, string | number | boolean>>
  /** The step's `env:`, added last. */
  readonly env?: Readonly<Record<string, string>>
  /** The event payload written to GITHUB_EVENT_PATH; a minimal one for eventName by default. */
  readonly event?: unknown
  readonly eventName?: string
  /** The workspace (GITHUB_WORKSPACE, and the action's working directory); a fresh one by default. */
  readonly cwd?: string
  /** REST API base URL, normally the GitHub stand-in's; server and GraphQL URLs derive from it. */
  readonly apiUrl?: string
  /** Any other part of the github context (repository, sha, ref, runNumber, token…). */
  readonly github?: Partial<GitHubRunContext>
  readonly runner?: Partial<RunnerContext>
  /**
   * The job's `job.check_run_id`, as github.com and GHE.com give it; absent by default, as on
   * GHES, where the property does not exist and a default naming it is ''.
   */
  readonly checkRunId?: number
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN, as the runner sets them with `id-token: write`. */
  readonly oidc?: { readonly url: string; readonly token: string }
  /** ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL, which workflow-artifact uploads need. */
  readonly artifacts?: { readonly runtimeToken: string; readonly resultsUrl: string }
  /** Kill the action after this long (default 60 s); a safety net, not an assertion. */
  readonly timeoutMs?: number
  /**
   * The Node binary. Default: MXDEPLOY_TEST_NODE when set (scripts/test-node24.mjs sets it to a
   * Node 24, the version the runner uses for `node24` actions), else the one running the tests.
   */
  readonly node?: string
  /** The repository whose actions/ and dist/ are used (default: this one). */
  readonly root?: string
}

export interface ActionRun {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly timedOut: boolean
  readonly outputs: Record<string, string>
  readonly state: Record<string, string>
  /** Variables written to GITHUB_ENV for later steps. */
  readonly env: Record<string, string>
  /** Directories written to GITHUB_PATH. */
  readonly path: string[]
  readonly summary: string
  readonly stdout: string
  readonly stderr: string
  readonly commands: WorkflowCommand[]
  readonly annotations: Annotation[]
  readonly masks: string[]
  /** stdout and stderr lines that are not workflow commands. */
  readonly logLines: string[]
  /** Exactly the environment the action was started with. */
  readonly environment: Readonly<Record<string, string>>
  readonly workspace: string
  readonly runnerTemp: string
  /** Removes the run's temporary files (and the workspace, when the harness made it). */
  dispose(): Promise<void>
}

// Basics a real runner's process also has; nothing else of the test process leaks in.
const PASSED_THROUGH = /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_[A-Z]+|TZ|TMPDIR)$/

function inputEnvironment(
  metadata: ActionMetadata,
  given: Readonly<Record<string, string | number | boolean>>,
  contexts: ExpressionContexts
): Record<string, string> {
  const declared = Object.keys(metadata.inputs)
  const unexpected = Object.keys(given).filter((name) => !declared.includes(name))
  if (unexpected.length > 0) {
    throw new Error(
      `${metadata.file} declares no input ${unexpected.join(', ')} (it has: ${declared.join(', ')})`
    )
  }
  const env: Record<string, string> = {}
  // The runner sets every declared input: the given value, else the default, else ''.
  for (const [name, input] of Object.entries(metadata.inputs)) {
    const value =
      name in given
        ? String(given[name])
        : defaultValue(input.default, contexts, `${metadata.file}: default of input ${name}`)
    env[inputEnvName(name)] = value
  }
  return env
}

async function readText(file: string): Promise<string> {
  return existsSync(file) ? readFile(file, 'utf8') : ''
}

/** Runs one bundled action as the Actions runner does and collects what it reported. */
export async function runAction(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const metadata = loadActionMetadata(name, options.root ?? REPO_ROOT)
  if (!existsSync(metadata.main)) {
    throw new Error(`${metadata.main} does not exist: build dist/ first (npm run package)`)
  }
  const dir = await mkdtemp(join(tmpdir(), `mxdeploy-run-${name}-`))
  try {
    return await runIn(dir, metadata, options)
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

async function runIn(
  dir: string,
  metadata: ActionMetadata,
  options: RunActionOptions
): Promise<ActionRun> {
  const workspace = options.cwd ?? join(dir, 'workspace')
  const runnerTemp = join(dir, 'runner-temp')
  const commandsDir = join(dir, 'file-commands')
  await Promise.all(
    [workspace, runnerTemp, commandsDir, join(dir, 'tool-cache')].map((d) =>
      mkdir(d, { recursive: true })
    )
  )
  const files = {
    GITHUB_OUTPUT: join(commandsDir, 'set_output'),
    GITHUB_STATE: join(commandsDir, 'save_state'),
    GITHUB_ENV: join(commandsDir, 'set_env'),
    GITHUB_PATH: join(commandsDir, 'add_path'),
    GITHUB_STEP_SUMMARY: join(commandsDir, 'step_summary')
  }
  // The runner creates the file-command files empty before the step starts.
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))

  const github = githubContext(options.github, options.apiUrl)
  const runner: RunnerContext = {
    os: 'Linux',
    arch: 'X64',
    name: 'GitHub Actions 1',
    debug: false,
    ...options.runner
  }
  const eventName = options.eventName ?? 'push'
  const event = options.event ?? defaultEvent(github, eventName)
  const eventPath = join(dir, 'event.json')
  await writeFile(eventPath, JSON.stringify(event, null, 2))

  const contexts: ExpressionContexts = {
    github: githubExpressionContext(github, { eventName, event, workspace }),
    runner: {
      os: runner.os,
      arch: runner.arch,
      name: runner.name,
      temp: runnerTemp,
      tool_cache: join(dir, 'tool-cache'),
      debug: runner.debug ? '1' : ''
    },
    job: {
      status: 'success',
      ...(options.checkRunId ? { check_run_id: options.checkRunId } : {})
    }
  }
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => PASSED_THROUGH.test(entry[0]) && entry[1] !== undefined
    )
  )
  const environment: Record<string, string> = {
    ...inherited,
    ...githubEnvironment(github, { eventName, eventPath, workspace }),
    ...files,
    RUNNER_OS: runner.os,
    RUNNER_ARCH: runner.arch,
    RUNNER_NAME: runner.name,
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    RUNNER_WORKSPACE: dirname(workspace),
    ...(runner.debug ? { RUNNER_DEBUG: '1' } : {}),
    ...(options.oidc
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: options.oidc.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.oidc.token
        }
      : {}),
    ...(options.artifacts
      ? {
          ACTIONS_RUNTIME_TOKEN: options.artifacts.runtimeToken,
          ACTIONS_RESULTS_URL: options.artifacts.resultsUrl
        }
      : {}),
    ...inputEnvironment(metadata, options.inputs ?? {}, contexts),
    ...options.env
  }

  const finished = await spawnNode(
    options.node ?? (process.env['MXDEPLOY_TEST_NODE'] || process.execPath),
    metadata.main,
    workspace,
    environment,
    options.timeoutMs ?? 60_000
  )
  const out = parseWorkflowCommands(finished.stdout, 'stdout')
  const err = parseWorkflowCommands(finished.stderr, 'stderr')
  return {
    ...finished,
    outputs: parseKeyValueFile(await readText(files.GITHUB_OUTPUT), 'GITHUB_OUTPUT'),
    state: parseKeyValueFile(await readText(files.GITHUB_STATE), 'GITHUB_STATE'),
    env: parseKeyValueFile(await readText(files.GITHUB_ENV), 'GITHUB_ENV'),
    path: parsePathFile(await readText(files.GITHUB_PATH)),
    summary: await readText(files.GITHUB_STEP_SUMMARY),
    commands: [...out.commands, ...err.commands],
    annotations: [...out.annotations, ...err.annotations],
    masks: [...out.masks, ...err.masks],
    logLines: [...out.lines, ...err.lines],
    environment,
    workspace,
    runnerTemp,
    dispose: () => rm(dir, { recursive: true, force: true })
  }
}

interface Finished {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
}

function spawnNode(
  node: string,
  main: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      resolve({
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    })
  })
}
