import type { ActivityRecord, ActivityResult, Operation } from '../activity/activity-log.js'
import type { LinkContext } from '../stories/story-patterns.js'
import type { ContainsBasis } from '../trace/story-lookup.js'

/** A story ID and its link, when a pattern gives one. */
export interface StoryLink {
  id: string
  url: string | null
}

/** What an environment runs: its latest successful deploy, rollback or reconciled switch. */
export interface RunningPackage {
  version: string
  sha256: string
  commit: string | null
  /** From the package record; null when the repository no longer has it. */
  runtimeVersion: string | null
  operation: Operation
  deployedAt: string
  deployedBy: string
  approvers: string[]
  /** Users who passed two-factor authentication, and how; empty when none was asked. */
  mfa: { user: string; via: 'code' | 'session' }[]
  runUrl: string | null
}

/** The latest operation of an environment, whatever its kind and result. */
export interface LastOperation {
  operation: Operation
  result: ActivityResult
  time: string
  actor: string
  version: string | null
  error: string | null
  runUrl: string | null
}

/** One column of the environments board. */
export interface EnvironmentColumn {
  name: string
  after: string | undefined
  url: string | undefined
  production: boolean
  reviewers: boolean
  mfa: boolean
  running: RunningPackage | null
  last: LastOperation | null
}

/** Where one package stands in one environment. */
export type PackagePlace =
  | 'running'
  /** Ran there successfully before, runs something else now. */
  | 'ran'
  /** May be staged there: the environment before it has run the package. */
  | 'eligible'
  | 'none'

/** A package and where it has been and may go. */
export interface PackageRow {
  version: string
  sha256: string
  commit: string | null
  createdAt: string
  createdBy: string
  runtimeVersion: string
  /** One place per environment, in promotion order. */
  places: PackagePlace[]
}

/** What staging the package the previous environment runs would bring to the next one. */
export interface PendingPromotion {
  from: string
  to: string
  version: string
  sha256: string
  commit: string | null
  /** What `to` runs now, null for a first deployment. */
  replaces: string | null
  /** Approval or a second factor is needed. */
  protectedBy: ('reviewers' | 'mfa')[]
  stories: StoryLink[]
  /** Number of commits, null when they could not be read. */
  commits: number | null
  /** Why the stories are those the package recorded rather than read from the commits. */
  note: string | null
}

/** The reverse lookup of one story, as `mxdeploy trace story` gives it. */
export interface StoryEntry extends StoryLink {
  packages: { version: string; createdAt: string; basis: ContainsBasis }[]
  environments: { environment: string; version: string; deployedAt: string }[]
  without: { environment: string; version: string | null }[]
}

/** Deployments per ISO week (starting Monday, UTC) of one environment. */
export interface WeeklySeries {
  environment: string
  counts: number[]
}

/** One deployment to production and how long its commit took to get there. */
export interface LeadTimePoint {
  time: string
  version: string
  hours: number
}

/** Deploy attempts of one environment, and those that failed or were rolled back. */
export interface FailureRate {
  environment: string
  attempts: number
  failed: number
  rolledBack: number
  /** (failed + rolledBack) / attempts; null without attempts. */
  rate: number | null
}

/** The DORA figures the dashboard plots. */
export interface DoraMetrics {
  /** Mondays (YYYY-MM-DD) of the weeks plotted, oldest first. */
  weeks: string[]
  deploymentsPerWeek: WeeklySeries[]
  leadTime: {
    environment: string | null
    points: LeadTimePoint[]
    medianHours: number | null
    /** Deployments whose commit time is not known, left out. */
    unknown: number
  }
  changeFailure: FailureRate[]
}

/** Everything the dashboard shows, computed once; the page is a pure function of it. */
export interface DashboardModel {
  app: string
  generatedAt: string
  /** The package repository's URI, credentials redacted. */
  repository: string
  links: LinkContext
  environments: EnvironmentColumn[]
  pending: PendingPromotion[]
  packages: PackageRow[]
  /** Every operation, newest first. */
  history: ActivityRecord[]
  stories: StoryEntry[]
  metrics: DoraMetrics
}
