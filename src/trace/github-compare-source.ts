import { RequestError } from '@octokit/request-error'
import { ConfigurationError } from '../errors.js'
import {
  commitSubject,
  type CommitSource,
  type RangeHistoryMissing,
  type RangeOutcome,
  type RangeRequest,
  type SourceCommit
} from './commit-source.js'
import type { Octokit } from '../github/octokit.js'
import { permissionError } from '../github/permission-error.js'

export interface CompareSourceOptions {
  octokit: Octokit
  owner: string
  repo: string
}

/** GitHub's documented page size for lists; compare pages hold at most 250 commits. */
const PER_PAGE = 100
const FULL_SHA = /^[0-9a-f]{40}$/

interface ApiCommit {
  sha: string
  commit: { message: string }
  parents: unknown[]
}

function toSource(commit: ApiCommit): SourceCommit {
  const message = commit.commit.message
  return {
    sha: commit.sha,
    message,
    subject: commitSubject(message),
    parents: commit.parents.length
  }
}

function hasNextPage(headers: { link?: string }): boolean {
  return /<[^>]*>;\s*rel="next"/.test(headers.link ?? '')
}

function isNotFound(error: unknown): boolean {
  return error instanceof RequestError && (error.status === 404 || error.status === 422)
}

/**
 * Commit ranges read from GitHub's REST API, for a checkout that lacks the history (a shallow
 * clone): `compare/{from}...{to}` page by page, or the commit list of `to` for a first
 * deployment. Commits are visited newest first, as git would list them.
 */
export class GitHubCompareSource implements CommitSource {
  readonly name = "GitHub's compare API"

  constructor(private readonly options: CompareSourceOptions) {}

  private get fullName(): string {
    return `${this.options.owner}/${this.options.repo}`
  }

  async read(range: RangeRequest, visit: (commit: SourceCommit) => void): Promise<RangeOutcome> {
    if (!(range.limit >= 1)) throw new ConfigurationError(`the commit limit must be at least 1`)
    try {
      return range.from === undefined
        ? await this.readHistory(range.to, range.limit, visit)
        : await this.readCompare(range.from, range.to, visit)
    } catch (error) {
      if (isNotFound(error)) return this.missing(range)
      throw permissionError(error, 'contents: read', `read the commits of ${this.fullName}`)
    }
  }

  private async readCompare(
    from: string,
    to: string,
    visit: (commit: SourceCommit) => void
  ): Promise<RangeOutcome> {
    const { octokit, owner, repo } = this.options
    const commits: ApiCommit[] = []
    let base = from
    for (let page = 1; ; page++) {
      const response = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${from}...${to}`,
        per_page: PER_PAGE,
        page
      })
      base = response.data.base_commit.sha
      commits.push(...response.data.commits)
      const total = response.data.total_commits
      if (!hasNextPage(response.headers) || commits.length >= total) break
    }
    // GitHub lists them oldest first; sources hand them on newest first.
    for (let i = commits.length - 1; i >= 0; i--) visit(toSource(commits[i]!))
    const head = commits.at(-1)?.sha ?? (await this.resolve(to))
    return { status: 'complete', from: base, to: head, count: commits.length, truncated: false }
  }

  private async readHistory(
    to: string,
    limit: number,
    visit: (commit: SourceCommit) => void
  ): Promise<RangeOutcome> {
    const { octokit, owner, repo } = this.options
    let count = 0
    let head: string | undefined
    for (let page = 1; count <= limit; page++) {
      const response = await octokit.rest.repos.listCommits({
        owner,
        repo,
        sha: to,
        per_page: PER_PAGE,
        page
      })
      for (const commit of response.data) {
        head ??= commit.sha
        if (++count > limit) break
        visit(toSource(commit))
      }
      if (!hasNextPage(response.headers)) break
    }
    const truncated = count > limit
    return {
      status: 'complete',
      from: null,
      to: head ?? (await this.resolve(to)),
      count: truncated ? limit : count,
      truncated
    }
  }

  private async resolve(ref: string, check = false): Promise<string> {
    if (FULL_SHA.test(ref) && !check) return ref
    const { octokit, owner, repo } = this.options
    return (await octokit.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha
  }

  /** Which revision GitHub does not know, said as a missing-history outcome. */
  private async missing(range: RangeRequest): Promise<RangeHistoryMissing> {
    const wanted: [string, string][] = [[range.to, '--to']]
    if (range.from !== undefined) wanted.push([range.from, '--from'])
    for (const [revision, flag] of wanted) {
      const known = await this.resolve(revision, true).then(
        () => true,
        (error: unknown) => {
          if (isNotFound(error)) return false
          throw permissionError(error, 'contents: read', `read commit ${revision}`)
        }
      )
      if (!known) {
        return {
          status: 'history-missing',
          reason: 'revision-missing',
          revision,
          message: `${flag} ${revision} is not a commit of ${this.fullName} on GitHub: check the name, and that it was pushed`
        }
      }
    }
    return {
      status: 'history-missing',
      reason: 'unavailable',
      message: `GitHub cannot compare ${range.from ?? '(start)'}...${range.to} in ${this.fullName}`
    }
  }

  async contains(ancestor: string, descendant: string): Promise<boolean | undefined> {
    const { octokit, owner, repo } = this.options
    try {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${ancestor}...${descendant}`,
        per_page: 1
      })
      return data.status === 'identical' || data.status === 'ahead'
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw permissionError(error, 'contents: read', `compare commits of ${this.fullName}`)
    }
  }
}
