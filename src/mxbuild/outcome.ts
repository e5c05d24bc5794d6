import { OperationError } from '../errors.js'
import type { Logger } from '../log.js'
import { describeProblem, readProblems, reportProblems, type MxBuildProblem } from './problems.js'
import type { MxBuildExit } from './run.js'

/** MxBuild did not build the package; the step fails (exit 1), with its problems reported. */
export class MxBuildFailed extends OperationError {
  override name = 'MxBuildFailed'

  constructor(
    message: string,
    readonly exit: MxBuildExit,
    readonly problems: MxBuildProblem[]
  ) {
    super(message)
  }
}

export interface OutcomeContext {
  exit: MxBuildExit
  errorsFile: string
  /** The .mpr as the user named it: the file annotations point at. */
  project: string
  mendixVersion: string
  mxbuildPath: string
  log: Logger
}

/**
 * Reports the problems of MxBuild's error file and turns its exit into a result: nothing on 0,
 * MxBuildFailed otherwise (1 internal error, 2 bad options, 3 errors in the model).
 */
export async function judgeMxBuild(context: OutcomeContext): Promise<MxBuildProblem[]> {
  const { exit, log, project } = context
  const read = await readProblems(context.errorsFile)
  const problems = 'problems' in read ? read.problems : []
  const { errors } = reportProblems(problems, log, project)
  if (exit.code === 0) {
    if ('unreadable' in read && !read.missing) log.warning(`MxBuild's ${read.unreadable}`)
    return problems
  }
  const firstError = problems.find((problem) => problem.severity === 'Error')
  const unreadable = 'unreadable' in read ? `, and ${read.unreadable}` : ''
  const seeOutput = 'see its output above'
  let message: string
  if (exit.code === 3) {
    message =
      errors > 0
        ? `MxBuild found ${errors === 1 ? '1 error' : `${errors} errors`} in the model of ${project} (exit code 3): fix ${errors === 1 ? 'it in Studio Pro: ' : 'them in Studio Pro; the first: '}${describeProblem(firstError!)}`
        : `MxBuild found errors in the model of ${project} (exit code 3)${unreadable}: ${seeOutput}, and fix them in Studio Pro`
  } else if (exit.code === 2) {
    message = `MxBuild rejected its options (exit code 2)${unreadable}: ${seeOutput}; check that ${context.mxbuildPath} is MxBuild ${context.mendixVersion}, the version ${project} was saved with`
  } else if (exit.code === 1) {
    message = `MxBuild failed with an internal error (exit code 1)${unreadable}: ${seeOutput}${firstError ? `; it reported: ${describeProblem(firstError)}` : ''}`
  } else if (exit.signal) {
    message = `MxBuild was stopped by ${exit.signal} before it finished (out of memory, or cancelled?): ${seeOutput}`
  } else {
    message = `MxBuild ended with exit code ${exit.code}, which it does not document${unreadable}: ${seeOutput}`
  }
  throw new MxBuildFailed(message, exit, problems)
}
