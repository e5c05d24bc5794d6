import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'
import { ConfigurationError, errnoCode, OperationError } from '../errors.js'
import type { Logger } from '../log.js'
import type { Jdk } from './java.js'
import type { MxBuildCommand } from './locate.js'

export interface MxBuildInvocation {
  command: MxBuildCommand
  jdk: Jdk
  project: string
  /** Where MxBuild writes the MDA. */
  output: string
  /** Four-part version, written into the package's metadata.json. */
  modelVersion: string
  errorsFile: string
  env: NodeJS.ProcessEnv
  log: Logger
}

/** How MxBuild ended: its exit code, or the signal that stopped it. */
export interface MxBuildExit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** The arguments MxBuild's documentation gives for building a deployment package. */
export function mxbuildArguments(run: MxBuildInvocation): string[] {
  return [
    ...run.command.prefix,
    `--java-home=${run.jdk.javaHome}`,
    `--java-exe-path=${run.jdk.javaExe}`,
    '--target=package',
    `--output=${run.output}`,
    `--model-version=${run.modelVersion}`,
    `--write-errors=${run.errorsFile}`,
    run.project
  ]
}

/** Passes a stream to `line` one line at a time, as it arrives. */
function eachLine(stream: Readable, line: (text: string) => void): Promise<void> {
  return new Promise((done) => {
    let pending = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      const lines = (pending + chunk).split(/\r?\n/)
      pending = lines.pop()!
      for (const text of lines) line(text)
    })
    stream.on('close', () => {
      if (pending) line(pending)
      done()
    })
  })
}

/** Runs MxBuild with its output streamed to the logger, and returns how it ended. */
export async function runMxBuild(run: MxBuildInvocation): Promise<MxBuildExit> {
  const { command, log } = run
  const args = mxbuildArguments(run)
  log.info(`running ${command.path} --target=package --model-version=${run.modelVersion}`)
  const child = spawn(command.program, args, {
    env: { ...run.env, JAVA_HOME: run.jdk.javaHome },
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true
  })
  const started = new Promise<void>((ok, fail) => {
    child.once('spawn', ok)
    child.once('error', fail)
  })
  const exit = new Promise<MxBuildExit>((done) => {
    child.once('close', (code, signal) => done({ code, signal }))
  })
  try {
    await started
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT' && command.program !== command.path) {
      throw new ConfigurationError(
        `${command.path} runs with ${command.program}, which is not installed: install ${command.program === 'mono' ? 'Mono (Mendix 9 and older on Linux)' : 'the .NET runtime'} or use an MxBuild that runs on its own`
      )
    }
    if (code === 'ENOENT' || code === 'EACCES') {
      throw new OperationError(`can't start MxBuild ${command.path}: ${(error as Error).message}`)
    }
    throw error
  }
  await Promise.all([
    eachLine(child.stdout, (text) => log.info(text)),
    eachLine(child.stderr, (text) => log.info(text))
  ])
  return exit
}
