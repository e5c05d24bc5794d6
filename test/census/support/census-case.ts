/** A folder where one census case runs: the app's folder, fresh for each case. */
export interface CensusWorkspace {
  /** The app's folder (mxdeploy.yml, deployment/, .mxdeploy/ once something was published). */
  dir: string
  /** HOME of the run, inside `dir`, so what a command might write there is in the snapshot. */
  home: string
  /** An absolute path inside `dir`. */
  path(relative: string): string
  /** Writes a file inside `dir` (folders made as needed). */
  write(relative: string, content: string | Buffer): Promise<string>
}

/** Where a case starts from. */
export type Start =
  /** An empty folder. */
  | 'empty'
  /** examples/hello: mxdeploy.yml and deployment/. */
  | 'example'
  /** examples/hello with hello 1.2.0.1 built (hello.mda), published to file: and staged to test. */
  | 'published'

type Value<T> = T | ((w: CensusWorkspace) => T)

/**
 * One bad input: what the user runs, the exit code, a message that names the problem, and the
 * promise that nothing changed (the workspace, and `state` when the case reaches outside it).
 */
export interface CensusCase {
  name: string
  from?: Start
  /** Puts the bad input in place before the snapshot is taken. */
  setup?: (w: CensusWorkspace) => Promise<void> | void
  /** mxdeploy's arguments; the run's folder is the workspace. */
  args: Value<string[]>
  /** Environment variables beside PATH and HOME. */
  env?: Value<NodeJS.ProcessEnv>
  exit: 1 | 2
  /** A substring or pattern of the error message that names the problem. */
  message: Value<string | RegExp>
  /** State beyond the workspace (a registry's tags, a stand-in's releases), read before and after. */
  state?: (w: CensusWorkspace) => Promise<unknown>
}

/** The cases of one area, and the stand-ins they need while they run. */
export interface CensusArea {
  area: string
  cases: CensusCase[]
  start?: () => Promise<void>
  stop?: () => Promise<void>
}

/** Resolves a value that may depend on the workspace. */
export function resolveValue<T>(value: Value<T>, w: CensusWorkspace): T {
  return typeof value === 'function' ? (value as (w: CensusWorkspace) => T)(w) : value
}
