import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError, OperationError, errnoCode, errorMessage } from '../errors.js'
import type {
  CommitSource,
  RangeHistoryMissing,
  RangeOutcome,
  RangeRequest,
  SourceCommit
} from './commit-source.js'
import { GitLogStream } from './git-log-stream.js'

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
// Settings that would change what `git log` prints are pinned, whatever the user's config says.
const PINNED = ['-c', 'log.showSignature=false', '-c', 'i18n.logOutputEncoding=UTF-8']
/** The folder is not in a git checkout: a source that cannot answer, not a wrong revision. */
class NotARepositoryError extends ConfigurationError {}

const FIX_SHALLOW =
  'give actions/checkout "fetch-depth: 0" in the workflow (or run "git fetch --unshallow"), or read the range from GitHub\'s compare API'

function git(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = execFile(
      'git',
      args,
      { cwd, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) return done(stdout)
        if (errnoCode(error) === 'ENOENT' && !('status' in error && error.status)) {
          return fail(notInstalledOr(error, cwd))
        }
        const detail = stderr.trim().split('\n')[0] ?? errorMessage(error)
        if (/not a git repository/i.test(detail)) {
          return fail(
            new NotARepositoryError(
              `${cwd} is not in a git repository: run in the checkout of the app, or pass --dir DIR`
            )
          )
        }
        fail(new OperationError(`git ${args.filter((a) => a !== '-c').join(' ')}: ${detail}`))
      }
    )
    // git may exit before reading its input (not a repository): its exit status says why.
    child.stdin?.on('error', () => undefined)
    if (input !== undefined) child.stdin?.end(input)
  })
}

function notInstalledOr(error: unknown, cwd: string): Error {
  return new OperationError(
    `cannot run git in ${cwd} (${errorMessage(error)}): install git, or check that the folder exists`
  )
}

function checkRevision(revision: string, flag: string): void {
  // Revisions reach git as arguments: one that looks like an option, or has blanks or control
  // characters, would be read as something else.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (revision === '' || revision.startsWith('-') || /[\s\x00-\x1f\x7f]/.test(revision)) {
    throw new ConfigurationError(
      `${flag} ${JSON.stringify(revision)} is not a revision: give a commit SHA, branch or tag`
    )
  }
}

/** Reads commit ranges from a local git repository, streaming `git log -z` as it runs. */
export class GitCommitSource implements CommitSource {
  readonly name = 'git'
  readonly dir: string

  constructor(dir: string) {
    this.dir = isAbsolute(dir) ? dir : resolve(dir)
  }

  /** Full names of revisions (peeled to commits), undefined for those that do not exist. */
  private async resolve(revisions: string[]): Promise<(string | undefined)[]> {
    const out = await git(
      this.dir,
      ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
      revisions.map((rev) => `${rev}^{commit}\n`).join('')
    )
    const lines = out.split('\n')
    return revisions.map((revision, i) => {
      const line = lines[i] ?? ''
      if (line.endsWith(' ambiguous')) {
        throw new ConfigurationError(
          `revision ${revision} is ambiguous in the repository at ${this.dir}: give more characters of the SHA`
        )
      }
      return /^([0-9a-f]{40,64}) commit$/.exec(line)?.[1]
    })
  }

  /** Whether the folder is in a git checkout at all (shallow or not). */
  async isRepository(): Promise<boolean> {
    return this.shallowBoundary().then(
      () => true,
      (error: unknown) => {
        if (error instanceof NotARepositoryError) return false
        throw error
      }
    )
  }

  /** The commits whose parents a shallow clone cut off; empty for a full clone. */
  private async shallowBoundary(): Promise<Set<string>> {
    const [flag, path] = (
      await git(this.dir, ['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'])
    ).split('\n')
    if (flag !== 'true' || !path) return new Set()
    const text = await readFile(resolve(this.dir, path), 'utf8').catch(() => '')
    return new Set(text.split('\n').filter(Boolean))
  }

  private missing(revision: string, flag: string, shallow: boolean): RangeHistoryMissing {
    if (!FULL_SHA.test(revision)) {
      throw new ConfigurationError(
        `${flag} ${revision} does not exist in the repository at ${this.dir}: check the name, or fetch it first`
      )
    }
    return {
      status: 'history-missing',
      reason: 'revision-missing',
      revision,
      message: `commit ${revision} (${flag}) is not in ${shallow ? 'this shallow clone' : 'this clone'} at ${this.dir}: ${FIX_SHALLOW}`
    }
  }

  async read(range: RangeRequest, visit: (commit: SourceCommit) => void): Promise<RangeOutcome> {
    checkRevision(range.to, '--to')
    if (range.from !== undefined) checkRevision(range.from, '--from')
    if (!(range.limit >= 1)) throw new ConfigurationError(`the commit limit must be at least 1`)
    const wanted = range.from === undefined ? [range.to] : [range.to, range.from]
    // The log starts now, with the revisions as given ("--" keeps them revisions), and is read
    // once they are known to exist: git's walk of the range overlaps the checks below.
    // %P (full parents): only their number is used. %p would be shorter, but abbreviating
    // costs git a lookup per parent: 40 ms of its time over 100,000 commits.
    const args = [...PINNED, 'log', '-z', '--no-color', '--format=%H %P%n%B']
    if (range.from === undefined) args.push(`--max-count=${range.limit + 1}`, range.to, '--')
    else args.push(range.to, `^${range.from}`, '--')
    const log = new GitLogStream(this.dir, args, (error) => notInstalledOr(error, this.dir))
    let boundary: Set<string>
    let to: string | undefined
    let from: string | undefined
    try {
      ;[boundary, [to, from]] = await Promise.all([this.shallowBoundary(), this.resolve(wanted)])
    } catch (error) {
      log.cancel()
      if (!(error instanceof NotARepositoryError)) throw error
      return { status: 'history-missing', reason: 'no-repository', message: error.message }
    }
    if (to === undefined || (range.from !== undefined && from === undefined)) {
      log.cancel()
      return to === undefined
        ? this.missing(range.to, '--to', boundary.size > 0)
        : this.missing(range.from!, '--from', boundary.size > 0)
    }
    const max = range.from === undefined ? range.limit : Infinity
    const { count, cut, first } = await log.read(boundary, max, visit)
    // The log read the names again: a branch that moved in between gives another range.
    if (first !== undefined && first !== to) {
      throw new OperationError(
        `${range.to} moved while it was read (from ${to} to ${first}): run the command again`
      )
    }
    if (cut !== undefined) {
      const what =
        from === undefined
          ? `the history of ${range.to} (up to ${range.limit} commits for a first deployment)`
          : `all commits between ${range.from} and ${range.to}`
      return {
        status: 'history-missing',
        reason: 'shallow',
        message: `this clone is shallow and does not hold ${what}: commit ${cut.slice(0, 12)} has its parents cut off; ${FIX_SHALLOW}`
      }
    }
    const truncated = from === undefined && count > range.limit
    return {
      status: 'complete',
      from: from ?? null,
      to,
      count: truncated ? range.limit : count,
      truncated
    }
  }

  async contains(ancestor: string, descendant: string): Promise<boolean | undefined> {
    checkRevision(ancestor, 'ancestor')
    checkRevision(descendant, 'descendant')
    let boundary: Set<string>
    let found: (string | undefined)[]
    try {
      ;[boundary, found] = await Promise.all([
        this.shallowBoundary(),
        this.resolve([ancestor, descendant])
      ])
    } catch (error) {
      if (error instanceof NotARepositoryError) return undefined
      throw error
    }
    const [a, d] = found
    if (a === undefined || d === undefined) return undefined
    const code = await new Promise<number | null>((done) => {
      execFile('git', ['merge-base', '--is-ancestor', a, d], { cwd: this.dir }, (error) =>
        done(error ? (typeof error.code === 'number' ? error.code : null) : 0)
      )
    })
    if (code === 0) return true
    // In a shallow clone "no" may only mean the path between them was not fetched.
    return code === 1 && boundary.size === 0 ? false : undefined
  }
}
