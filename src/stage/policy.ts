import type { ActivityLog, MfaRecord, Operation } from '../activity/activity-log.js'
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import type { PackageRecord } from '../repository/package-repository.js'

/** What a policy check learned, for the activity record. */
export interface PolicyFacts {
  approvers?: string[]
  mfa?: MfaRecord | null
}

export interface PolicyContext {
  config: MxdeployConfig
  environment: EnvironmentConfig
  package: PackageRecord
  operation: Operation
  actor: string
  activity: ActivityLog
  log: Logger
}

/**
 * A check that may refuse a stage before anything is deployed (throw a ConfigurationError): the
 * promotion order, and access control (GitHub environment protection, TOTP).
 */
export interface StagePolicy {
  readonly name: string
  check(context: PolicyContext): Promise<PolicyFacts>
}

/**
 * An access-control refusal (wrong or reused code, no approval): the user's input, so exit 2 and
 * nothing deployed — but unlike other input errors it is recorded in the activity log, because
 * auditors want refused attempts too.
 */
export class PolicyRefusal extends ConfigurationError {
  override name = 'PolicyRefusal'

  constructor(
    message: string,
    readonly facts: PolicyFacts
  ) {
    super(message)
  }
}
