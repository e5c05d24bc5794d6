/** The stand-in's in-memory records. Handlers render them as GitHub's JSON; tests read them. */

export interface UserRecord {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface GitPerson {
  name: string
  email: string
  date: string
}

export interface CommitRecord {
  sha: string
  message: string
  parents: string[]
  author: GitPerson
  committer: GitPerson
  /** The GitHub account the author email belongs to, if any. */
  authorLogin?: string
  tree: string
  /** Creation order, for listing commits oldest first. */
  seq: number
}

export interface TagRecord {
  sha: string
  tag: string
  message: string
  object: { sha: string; type: 'commit' | 'tree' | 'blob' | 'tag' }
  tagger: GitPerson
}

export interface PullRecord {
  number: number
  id: number
  title: string
  body: string | null
  user: string
  head: { ref: string; sha: string }
  base: { ref: string; sha: string }
  state: 'open' | 'closed'
  merged: boolean
  mergeCommitSha: string | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
  /** The commits GitHub associates with the pull request (its head commits and merge commit). */
  commits: string[]
}

export interface AssetRecord {
  id: number
  releaseId: number
  name: string
  label: string | null
  contentType: string
  bytes: Buffer
  uploader: string
  createdAt: string
  updatedAt: string
  downloadCount: number
}

export interface ReleaseRecord {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  author: string
  createdAt: string
  publishedAt: string | null
  updatedAt: string
  assets: AssetRecord[]
  /** Published while the repository had immutable releases on: assets and tag are locked. */
  immutable: boolean
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusRecord {
  id: number
  state: DeploymentState
  description: string
  environment: string
  targetUrl: string
  logUrl: string
  environmentUrl: string
  creator: string
  createdAt: string
  updatedAt: string
}

export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  originalEnvironment: string
  description: string | null
  creator: string
  createdAt: string
  updatedAt: string
  transient: boolean
  production: boolean
  /** Newest last. */
  statuses: DeploymentStatusRecord[]
}

export interface BranchPolicyRecord {
  id: number
  name: string
  type: 'branch' | 'tag'
}

export interface EnvironmentRecord {
  id: number
  name: string
  createdAt: string
  updatedAt: string
  /** Minutes a job waits before it may run; 0 for no wait timer rule. */
  waitTimer: number
  preventSelfReview: boolean
  /** Logins of the required reviewers; empty for no required reviewers rule. */
  reviewers: string[]
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null
  /** Name patterns of a custom branch policy. */
  branchPolicies: BranchPolicyRecord[]
  /** Ids of the protection rules, stable across updates as on GitHub. */
  ruleIds: { waitTimer: number; reviewers: number; branchPolicy: number }
}

export interface ApprovalRecord {
  environments: string[]
  state: 'approved' | 'rejected'
  user: string
  comment: string
}

export interface PendingRecord {
  environment: string
  waitTimerStartedAt: string | null
}

export interface RunRecord {
  id: number
  name: string
  runNumber: number
  runAttempt: number
  event: string
  status: 'queued' | 'in_progress' | 'waiting' | 'completed' | 'requested' | 'pending'
  conclusion: string | null
  headSha: string
  headBranch: string | null
  actor: string
  triggeringActor: string
  path: string
  workflowId: number
  createdAt: string
  updatedAt: string
  /** Environments whose protection rules hold the run. */
  pending: PendingRecord[]
  /** Reviews given, oldest first. */
  approvals: ApprovalRecord[]
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}
