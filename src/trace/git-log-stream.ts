import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable } from 'node:stream'
import { OperationError, errorMessage } from '../errors.js'
import type { SourceCommit } from './commit-source.js'
import { parseLogRecord } from './git-log-record.js'
import { NulRecordSplitter } from './nul-records.js'

/** What reading the log found: commits read, and the first commit whose parents were cut off. */
export interface LogRead {
  count: number
  cut: string | undefined
  /** The SHA of the first commit git printed, if any. */
  first: string | undefined
}

/**
 * A `git log -z` that starts before its reader is ready: it is spawned while the revisions are
 * still being resolved, because git walks the whole range before it prints its first commit, and
 * that walk is most of the time a trace takes. Its output waits (in the pipe, or here) until
 * `read` is called; `cancel` ends it unread.
 */
export class GitLogStream {
  private readonly child: ChildProcessByStdio<null, Readable, Readable>
  private readonly waiting: Buffer[] = []
  private reader: ((chunk: Buffer) => void) | undefined
  private readonly stderr: Buffer[] = []
  private startFailure: Error | undefined
  private readonly exited: Promise<number | null>

  constructor(
    cwd: string,
    args: string[],
    private readonly cannotRun: (error: unknown) => Error
  ) {
    // GIT_FLUSH=0: git log flushes after every commit into a pipe otherwise, and reading
    // 100,000 tiny chunks costs more than all the parsing.
    this.child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_FLUSH: '0' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    this.child.stdout.on('data', (chunk: Buffer) => {
      if (this.reader) this.reader(chunk)
      else this.waiting.push(chunk)
    })
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk))
    this.exited = new Promise((done) => {
      this.child.on('error', (error) => {
        this.startFailure ??= this.cannotRun(error)
        done(null)
      })
      this.child.on('close', (code) => done(code))
    })
  }

  /** Ends the log unread: the caller found it does not want it. */
  cancel(): void {
    this.child.kill()
  }

  /**
   * Hands each commit to `visit`, at most `max`; a commit in `boundary` (a shallow clone's cut)
   * stops the log there. A visitor's error stops it too and is thrown.
   */
  async read(
    boundary: ReadonlySet<string>,
    max: number,
    visit: (commit: SourceCommit) => void
  ): Promise<LogRead> {
    let count = 0
    let cut: string | undefined
    let first: string | undefined
    let failure: unknown
    const splitter = new NulRecordSplitter((bytes, from, to) => {
      if (cut !== undefined || failure !== undefined) return
      count++
      if (count > max) return
      const commit = parseLogRecord(bytes, from, to)
      if (count === 1) first = commit.sha
      try {
        visit(commit)
      } catch (error) {
        failure = error
        this.child.kill()
        return
      }
      // Only a shallow clone has a boundary: the SHA is decoded only to look it up there.
      if (boundary.size > 0 && boundary.has(commit.sha)) {
        cut = commit.sha
        this.child.kill()
      }
    })
    this.reader = (chunk) => splitter.push(chunk)
    for (const chunk of this.waiting.splice(0)) splitter.push(chunk)
    const code = await this.exited
    if (failure !== undefined) {
      throw failure instanceof Error ? failure : new Error(errorMessage(failure))
    }
    if (this.startFailure) throw this.startFailure
    if (cut !== undefined) return { count, cut, first }
    if (code !== 0) {
      const detail = Buffer.concat(this.stderr).toString('utf8').trim().split('\n')[0]
      throw new OperationError(`git log failed (exit ${code}): ${detail}`)
    }
    splitter.end()
    return { count, cut, first }
  }
}
