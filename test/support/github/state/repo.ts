import { timestamp } from '../urls.js'
import { GitGraph } from './git-graph.js'
import type {
  ApprovalRecord,
  CommentRecord,
  DeploymentRecord,
  EnvironmentRecord,
  PullRecord,
  ReleaseRecord,
  RunRecord,
  UserRecord
} from './records.js'
import type { StandInState } from './state.js'

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

export interface JobDeploymentInput {
  environment: string
  /** The run the job belongs to (seeded with run()); its head commit and branch are deployed. */
  runId: number
  /** The job's ID, which is its check run ID; default: a fresh one. */
  jobId?: number
  /** The stand-in's server URL (`gh.url`), for the job's page. */
  serverUrl: string
}

/** One repository's state, with helpers that seed it the way a test needs. */
export class RepoState extends GitGraph {
  readonly id: number
  readonly private: boolean
  readonly createdAt = timestamp()
  readonly pulls = new Map<number, PullRecord>()
  readonly releases: ReleaseRecord[] = []
  readonly deployments: DeploymentRecord[] = []
  readonly environments = new Map<string, EnvironmentRecord>()
  readonly runs = new Map<number, RunRecord>()
  readonly comments: CommentRecord[] = []
  /**
   * The repository setting "Enable release immutability": a release published while it is on
   * is immutable (its assets and its tag can no longer change). Off by default, as on GitHub.
   */
  immutableReleases = false
  private lastIssueNumber = 0

  constructor(
    readonly state: StandInState,
    readonly owner: UserRecord,
    readonly name: string,
    options: { defaultBranch?: string; private?: boolean }
  ) {
    super(`${owner.login}/${name}`, options.defaultBranch ?? 'main', owner.login)
    this.id = state.nextId()
    this.private = options.private ?? true
    this.commit({ message: 'Initial commit', parents: [] }, this.defaultBranch)
  }

  get fullName(): string {
    return `${this.owner.login}/${this.name}`
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

  /**
   * The deployment GitHub makes when a job with `environment:` starts: task deploy, an empty
   * payload, the run's commit and branch, and statuses queued then in_progress whose log URL is
   * the job's page (`/{owner}/{repo}/actions/runs/{run}/job/{job}`, the form GitHub links today).
   */
  jobDeployment(input: JobDeploymentInput): DeploymentRecord {
    const run = this.runs.get(input.runId)
    if (!run) throw new Error(`no run ${input.runId}: seed it with run() first`)
    const jobId = input.jobId ?? this.state.nextId()
    const now = timestamp()
    const logUrl = `${input.serverUrl}/${this.fullName}/actions/runs/${run.id}/job/${jobId}`
    const status = (state: 'queued' | 'in_progress') => ({
      id: this.state.nextId(),
      state,
      description: '',
      environment: input.environment,
      targetUrl: logUrl,
      logUrl,
      environmentUrl: '',
      creator: 'github-actions[bot]',
      createdAt: now,
      updatedAt: now
    })
    const deployment: DeploymentRecord = {
      id: this.state.nextId(),
      sha: run.headSha,
      ref: run.headBranch ?? run.headSha,
      task: 'deploy',
      payload: {},
      environment: input.environment,
      originalEnvironment: input.environment,
      description: null,
      creator: 'github-actions[bot]',
      createdAt: now,
      updatedAt: now,
      transient: false,
      production: false,
      statuses: [status('queued'), status('in_progress')]
    }
    this.deployments.push(deployment)
    return deployment
  }
}
