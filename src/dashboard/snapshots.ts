import type {
  ActivityLog,
  ActivityQuery,
  ActivityRecord,
  OpenActivity
} from '../activity/activity-log.js'
import { OperationError } from '../errors.js'
import type { PackageRecord, PackageRepository } from '../repository/package-repository.js'
import type {
  CommitSource,
  RangeOutcome,
  RangeRequest,
  SourceCommit
} from '../trace/commit-source.js'

function readOnly(what: string): never {
  throw new OperationError(`the dashboard reads ${what}; it never writes to it`)
}

/**
 * The activity log as read once, newest first: the story computations ask it per environment and
 * per story, which would be one request each against GitHub Deployments.
 */
export class ActivitySnapshot implements ActivityLog {
  constructor(readonly records: readonly ActivityRecord[]) {}

  begin(): Promise<OpenActivity> {
    return readOnly('the activity log')
  }

  finish(): Promise<ActivityRecord> {
    return readOnly('the activity log')
  }

  list(query: ActivityQuery): Promise<ActivityRecord[]> {
    const found = this.records.filter(
      (r) =>
        (!query.app || r.app === query.app) &&
        (!query.environment || r.environment === query.environment)
    )
    return Promise.resolve(query.limit ? found.slice(0, query.limit) : found)
  }
}

/** The package repository's records of one app as listed once (newest first). */
export class RepositorySnapshot implements PackageRepository {
  constructor(
    readonly uri: string,
    private readonly records: readonly PackageRecord[]
  ) {}

  publish(): never {
    return readOnly('the package repository')
  }

  list(app: string): Promise<PackageRecord[]> {
    return Promise.resolve(this.records.filter((r) => r.app === app))
  }

  get(app: string, version: string): Promise<PackageRecord | undefined> {
    const found = this.records.filter((r) => r.app === app)
    return Promise.resolve(
      version === 'latest' ? found[0] : found.find((r) => r.version === version)
    )
  }

  download(): never {
    return readOnly('the package repository')
  }

  delete(): never {
    return readOnly('the package repository')
  }
}

/**
 * A commit source whose ancestry answers are kept: a story search asks the same pairs of package
 * commits for every story.
 */
export class RememberingCommitSource implements CommitSource {
  private readonly answers = new Map<string, Promise<boolean | undefined>>()

  constructor(private readonly source: CommitSource) {}

  get name(): string {
    return this.source.name
  }

  read(range: RangeRequest, visit: (commit: SourceCommit) => void): Promise<RangeOutcome> {
    return this.source.read(range, visit)
  }

  contains(ancestor: string, descendant: string): Promise<boolean | undefined> {
    const key = `${ancestor}..${descendant}`
    let answer = this.answers.get(key)
    if (!answer) {
      answer = this.source.contains(ancestor, descendant)
      this.answers.set(key, answer)
    }
    return answer
  }
}
