import { spawn } from 'node:child_process'
import { OperationError } from '../errors.js'
import { settingsEnvironment } from './buildpack-settings.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  RunningState
} from './deployment-target.js'

export interface CommandTargetOptions {
  run: string
  timeoutMinutes?: number
  /** Folder the command runs in (the configuration's folder). */
  cwd: string
}

/**
 * Runs the user's deploy command (Docker, the Portable App Distribution, a VM script) with the
 * MDA and settings in its environment. A non-zero exit fails the stage with its output.
 */
export class CommandTarget implements DeploymentTarget {
  readonly knowsWhatRuns = false
  readonly type = 'command'

  constructor(private readonly options: CommandTargetOptions) {}

  current(): Promise<RunningState | undefined> {
    return Promise.resolve(undefined)
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    const { log } = request
    const env = {
      ...process.env,
      ...settingsEnvironment(request.settings),
      MDA_PATH: request.mdaPath,
      MXDEPLOY_APP: request.package.app,
      MXDEPLOY_ENVIRONMENT: request.environment.name,
      MXDEPLOY_PACKAGE_VERSION: request.package.version,
      MXDEPLOY_PACKAGE_SHA256: request.package.sha256,
      MXDEPLOY_RUNTIME_VERSION: request.package.runtimeVersion
    }
    log.info(`running: ${this.options.run}`)
    const tail: string[] = []
    const timeoutMs = (this.options.timeoutMinutes ?? 60) * 60_000
    const { code, timedOut } = await new Promise<{ code: number | null; timedOut: boolean }>(
      (resolve, reject) => {
        const child = spawn(this.options.run, {
          shell: true,
          cwd: this.options.cwd,
          env,
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let timedOut = false
        const timer = setTimeout(() => {
          timedOut = true
          child.kill('SIGTERM')
        }, timeoutMs)
        const collect = (chunk: Buffer): void => {
          const text = chunk.toString('utf8')
          tail.push(text)
          if (tail.length > 200) tail.shift()
          for (const line of text.split('\n')) if (line.trim()) log.info(`  ${line}`)
        }
        child.stdout.on('data', collect)
        child.stderr.on('data', collect)
        child.on('error', (error) => {
          clearTimeout(timer)
          reject(error)
        })
        child.on('close', (exit) => {
          clearTimeout(timer)
          resolve({ code: exit, timedOut })
        })
      }
    )
    if (timedOut)
      throw new OperationError(
        `the deploy command ran longer than ${this.options.timeoutMinutes ?? 60} minutes and was stopped`
      )
    if (code !== 0) {
      const output = tail.join('').trim().slice(-4000)
      throw new OperationError(
        `the deploy command exited with ${code}${output ? `:\n${output}` : ' and printed nothing'}`
      )
    }
    return { details: { command: this.options.run } }
  }
}
