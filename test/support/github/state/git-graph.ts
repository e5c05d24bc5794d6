import { createHash } from 'node:crypto'
import { timestamp } from '../urls.js'
import type { CommitRecord, GitPerson, TagRecord } from './records.js'

export interface CommitInput {
  message: string
  /** Default: the branch's head. */
  parents?: string[]
  /** GitHub login of the author; the git identity is derived from it. */
  author?: string
}

/**
 * A repository's git objects: commits, refs and annotated tags, with the graph walks that
 * compare and ref updates need.
 */
export class GitGraph {
  readonly commits = new Map<string, CommitRecord>()
  /** Full ref names (`refs/heads/main`) to object shas. */
  readonly refs = new Map<string, string>()
  readonly tags = new Map<string, TagRecord>()
  private commitSeq = 0

  constructor(
    /** Names the repository in commit ids, so two repositories never share one. */
    private readonly seed: string,
    readonly defaultBranch: string,
    private readonly ownerLogin: string
  ) {}

  /** Adds a commit on `branch` (created if missing) and moves the branch to it. */
  commit(input: CommitInput | string, branch = this.defaultBranch): string {
    const { message, parents, author } = typeof input === 'string' ? { message: input } : input
    const head = this.refs.get(`refs/heads/${branch}`)
    const login = author ?? this.ownerLogin
    const person: GitPerson = {
      name: login,
      email: `${login.replace(/\[bot\]$/, '')}@users.noreply.example.com`,
      date: timestamp()
    }
    const seq = ++this.commitSeq
    const parentShas = parents ?? (head ? [head] : [])
    const sha = hash(`commit:${this.seed}:${seq}:${parentShas.join(',')}:${message}`)
    this.commits.set(sha, {
      sha,
      message,
      parents: parentShas,
      author: person,
      committer: person,
      authorLogin: login,
      tree: hash(`tree:${sha}`),
      seq
    })
    this.refs.set(`refs/heads/${branch}`, sha)
    return sha
  }

  /** Adds commits on a branch in order and returns their shas. */
  commitAll(messages: (CommitInput | string)[], branch = this.defaultBranch): string[] {
    return messages.map((message) => this.commit(message, branch))
  }

  /** Creates a branch at `from` (a sha or branch; default the default branch). */
  branch(name: string, from: string = this.defaultBranch): string {
    const sha = this.resolveCommit(from)
    if (!sha) throw new Error(`cannot branch '${name}' from unknown '${from}'`)
    this.refs.set(`refs/heads/${name}`, sha)
    return sha
  }

  /** The commit a sha, short sha, branch, tag or full ref names (annotated tags peeled). */
  resolveCommit(refish: string): string | undefined {
    const candidates = [refish, `refs/heads/${refish}`, `refs/tags/${refish}`, `refs/${refish}`]
    for (const name of candidates) {
      const sha = this.refs.get(name)
      if (sha) return this.peel(sha)
    }
    if (this.commits.has(refish)) return refish
    if (this.tags.has(refish)) return this.peel(refish)
    if (/^[0-9a-f]{7,39}$/.test(refish)) {
      const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(refish))
      if (matches.length === 1) return matches[0]
    }
    return undefined
  }

  private peel(sha: string): string | undefined {
    let current = sha
    for (let depth = 0; this.tags.has(current) && depth < 10; depth++) {
      current = (this.tags.get(current) as TagRecord).object.sha
    }
    return this.commits.has(current) ? current : undefined
  }

  /** All ancestors of a commit, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length > 0) {
      const current = stack.pop() as string
      if (seen.has(current)) continue
      seen.add(current)
      stack.push(...(this.commits.get(current)?.parents ?? []))
    }
    return seen
  }

  /** Commits in `head` and not in `base` (ahead), and the reverse (behind), oldest first. */
  commitsBetween(base: string, head: string): { ahead: string[]; behind: string[] } {
    const fromBase = this.ancestors(base)
    const fromHead = this.ancestors(head)
    const order = (shas: string[]) =>
      shas.sort((a, b) => (this.commits.get(a)?.seq ?? 0) - (this.commits.get(b)?.seq ?? 0))
    return {
      ahead: order([...fromHead].filter((sha) => !fromBase.has(sha))),
      behind: order([...fromBase].filter((sha) => !fromHead.has(sha)))
    }
  }

  /** The newest commit both reach. */
  mergeBase(base: string, head: string): string | undefined {
    const fromHead = this.ancestors(head)
    const common = [...this.ancestors(base)].filter((sha) => fromHead.has(sha))
    return common.sort((a, b) => this.seqOf(b) - this.seqOf(a))[0]
  }

  private seqOf(sha: string): number {
    return this.commits.get(sha)?.seq ?? 0
  }
}

/** A 40-hex object id, stable for the same input. */
export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}
