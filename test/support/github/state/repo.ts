import { createHash } from 'node:crypto'
import { timestamp } from '../urls.js'
import type {
  ApprovalRecord,
  CommentRecord,
  CommitRecord,
  DeploymentRecord,
  EnvironmentRecord,
  GitPerson,
  PullRecord,
  ReleaseRecord,
  RunRecord,
  TagRecord,
  UserRecord
} from './records.js'
import type { StandInState } from './state.js'

export interface CommitInput {
  message: string
  /** Default: the branch's head. */
  parents?: string[]
  /** GitHub login of the author; the git identity is derived from it. */
  author?: string
}

export interface PullInput {
  title: string
  body?: string
  /** Head branch; created from the base branch's head if missing. */
  head: string
  base?: string
  /** Commits of the pull request (associated with it); default: the head branch's new commits. */
  commits?: string[]
  user?: string
  merged?: boolean
}

export interface EnvironmentInput {
  reviewers?: string[]
  waitTimer?: number
  preventSelfReview?: boolean
  /** `protected`: protected branches only; a list: custom name patterns. */
  branchPolicy?: 'protected' | { patterns: string[] }
}

export interface RunInput {
  id?: number
  runNumber?: number
  event?: string
  headSha?: string
  headBranch?: string
  actor?: string
  name?: string
  path?: string
  status?: RunRecord['status']
  conclusion?: string | null
  /** Environments whose reviews the run waits for. */
  pending?: string[]
  approvals?: ApprovalRecord[]
}

/** One repository's state, with helpers that seed it the way a test needs. */
export class RepoState {
  readonly id: number
  readonly defaultBranch: string
  readonly private: boolean
  readonly createdAt = timestamp()
  readonly commits = new Map<string, CommitRecord>()
  /** Full ref names (`refs/heads/main`) to object shas. */
  readonly refs = new Map<string, string>()
  readonly tags = new Map<string, TagRecord>()
  readonly pulls = new Map<number, PullRecord>()
  readonly releases: ReleaseRecord[] = []
  readonly deployments: DeploymentRecord[] = []
  readonly environments = new Map<string, EnvironmentRecord>()
  readonly runs = new Map<number, RunRecord>()
  readonly comments: CommentRecord[] = []
  private lastIssueNumber = 0
  private commitSeq = 0

  constructor(
    readonly state: StandInState,
    readonly owner: UserRecord,
    readonly name: string,
    options: { defaultBranch?: string; private?: boolean }
  ) {
    this.id = state.nextId()
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.private = options.private ?? true
    this.commit({ message: 'Initial commit', parents: [] }, this.defaultBranch)
  }

  get fullName(): string {
    return `${this.owner.login}/${this.name}`
  }

  /** Adds a commit on `branch` (created if missing) and moves the branch to it. */
  commit(input: CommitInput | string, branch = this.defaultBranch): string {
    const { message, parents, author } = typeof input === 'string' ? { message: input } : input
    const head = this.refs.get(`refs/heads/${branch}`)
    const login = author ?? this.owner.login
    const person: GitPerson = {
      name: login,
      email: `${login.replace(/\[bot\]$/, '')}@users.noreply.example.com`,
      date: timestamp()
    }
    const seq = ++this.commitSeq
    const parentShas = parents ?? (head ? [head] : [])
    const sha = hash(`commit:${this.fullName}:${seq}:${parentShas.join(',')}:${message}`)
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

  /** A pull request whose commits GitHub will associate with it. */
  pullRequest(input: PullInput): PullRecord {
    const base = input.base ?? this.defaultBranch
    if (!this.refs.has(`refs/heads/${input.head}`)) this.branch(input.head, base)
    const headSha = this.refs.get(`refs/heads/${input.head}`) as string
    const baseSha = this.refs.get(`refs/heads/${base}`) as string
    const commits = input.commits ?? this.commitsBetween(baseSha, headSha).ahead
    const now = timestamp()
    const pull: PullRecord = {
      number: ++this.lastIssueNumber,
      id: this.state.nextId(),
      title: input.title,
      body: input.body ?? null,
      user: input.user ?? this.owner.login,
      head: { ref: input.head, sha: headSha },
      base: { ref: base, sha: baseSha },
      state: input.merged ? 'closed' : 'open',
      merged: input.merged ?? false,
      mergeCommitSha: null,
      createdAt: now,
      updatedAt: now,
      closedAt: input.merged ? now : null,
      mergedAt: input.merged ? now : null,
      commits: [...commits]
    }
    if (input.merged) {
      const merge = this.commit(
        { message: `Merge pull request #${pull.number}`, parents: [baseSha, headSha] },
        base
      )
      pull.mergeCommitSha = merge
      pull.commits.push(merge)
    }
    this.pulls.set(pull.number, pull)
    this.state.user(pull.user)
    return pull
  }

  /** Opens an issue and returns its number (pull requests and issues share the numbering). */
  issue(): number {
    return ++this.lastIssueNumber
  }

  /** True for the number of an issue or pull request of this repository. */
  hasIssue(number: number): boolean {
    return Number.isInteger(number) && number >= 1 && number <= this.lastIssueNumber
  }

  /** Adds or replaces an environment with protection rules, as Settings → Environments would. */
  environment(name: string, input: EnvironmentInput = {}): EnvironmentRecord {
    const now = timestamp()
    const existing = this.environments.get(name)
    const env: EnvironmentRecord = existing ?? {
      id: this.state.nextId(),
      name,
      createdAt: now,
      updatedAt: now,
      waitTimer: 0,
      preventSelfReview: false,
      reviewers: [],
      branchPolicy: null,
      branchPolicies: [],
      ruleIds: {
        waitTimer: this.state.nextId(),
        reviewers: this.state.nextId(),
        branchPolicy: this.state.nextId()
      }
    }
    env.updatedAt = now
    if (input.waitTimer !== undefined) env.waitTimer = input.waitTimer
    if (input.preventSelfReview !== undefined) env.preventSelfReview = input.preventSelfReview
    if (input.reviewers) {
      env.reviewers = [...input.reviewers]
      for (const login of input.reviewers) this.state.user(login)
    }
    if (input.branchPolicy === 'protected') {
      env.branchPolicy = { protected_branches: true, custom_branch_policies: false }
      env.branchPolicies = []
    } else if (input.branchPolicy) {
      env.branchPolicy = { protected_branches: false, custom_branch_policies: true }
      env.branchPolicies = input.branchPolicy.patterns.map((pattern) => ({
        id: this.state.nextId(),
        name: pattern,
        type: 'branch' as const
      }))
    }
    this.environments.set(name, env)
    return env
  }

  /** A workflow run, optionally waiting for reviews of some environments. */
  run(input: RunInput = {}): RunRecord {
    const now = timestamp()
    const actor = input.actor ?? this.owner.login
    this.state.user(actor)
    const run: RunRecord = {
      id: input.id ?? this.state.nextId(),
      name: input.name ?? 'deploy',
      runNumber: input.runNumber ?? this.runs.size + 1,
      runAttempt: 1,
      event: input.event ?? 'push',
      status: input.status ?? (input.pending?.length ? 'waiting' : 'in_progress'),
      conclusion: input.conclusion ?? null,
      headSha: input.headSha ?? (this.refs.get(`refs/heads/${this.defaultBranch}`) as string),
      headBranch: input.headBranch ?? this.defaultBranch,
      actor,
      triggeringActor: actor,
      path: input.path ?? '.github/workflows/deploy.yml',
      workflowId: 161335,
      createdAt: now,
      updatedAt: now,
      pending: (input.pending ?? []).map((environment) => ({
        environment,
        waitTimerStartedAt: this.environments.get(environment)?.waitTimer ? now : null
      })),
      approvals: [...(input.approvals ?? [])]
    }
    for (const approval of run.approvals) this.state.user(approval.user)
    this.runs.set(run.id, run)
    return run
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
