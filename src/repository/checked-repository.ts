import { checkAppName, checkPackageVersion } from '../mda/package-identity.js'
import type {
  EarlyUpload,
  PackageRecord,
  PackageRepository,
  PublishRequest,
  PublishResult,
  RepositoryLeftover
} from './package-repository.js'

function version(value: string, allowLatest: boolean): string {
  return allowLatest && value === 'latest' ? value : checkPackageVersion(value, 'package version')
}

/**
 * Every repository behind one gate: an app name or version outside the grammar never reaches an
 * adapter, where it would become a path (`../../x`), a tag or a URL segment. A ConfigurationError
 * before anything is read or written, the same for file, OCI, releases and artifacts.
 */
export class CheckedRepository implements PackageRepository {
  readonly cleanLeftovers?: (
    app: string,
    options: { dryRun: boolean }
  ) => Promise<RepositoryLeftover[]>
  readonly beginUpload?: (file: string) => EarlyUpload

  constructor(private readonly inner: PackageRepository) {
    // Present only when the adapter has them, as callers test for them.
    if (inner.cleanLeftovers) {
      const clean = inner.cleanLeftovers.bind(inner)
      this.cleanLeftovers = (app, options) => clean(checkAppName(app, 'app'), options)
    }
    if (inner.beginUpload) this.beginUpload = inner.beginUpload.bind(inner)
  }

  get uri(): string {
    return this.inner.uri
  }

  publish(request: PublishRequest): Promise<PublishResult> {
    checkAppName(request.record.app, 'the package to publish')
    version(request.record.version, false)
    return this.inner.publish(request)
  }

  list(app: string): Promise<PackageRecord[]> {
    return this.inner.list(checkAppName(app, 'app'))
  }

  get(app: string, wanted: string): Promise<PackageRecord | undefined> {
    return this.inner.get(checkAppName(app, 'app'), version(wanted, true))
  }

  download(app: string, wanted: string, dest: string): Promise<PackageRecord> {
    return this.inner.download(checkAppName(app, 'app'), version(wanted, true), dest)
  }

  delete(app: string, wanted: string): Promise<void> {
    return this.inner.delete(checkAppName(app, 'app'), version(wanted, false))
  }
}
