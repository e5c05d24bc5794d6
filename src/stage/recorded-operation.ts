import { randomUUID } from 'node:crypto'
import type {
  ActivityOutcome,
  ActivityRecord,
  ActivityStart,
  Operation
} from '../activity/activity-log.js'
import { errorMessage } from '../errors.js'
import type { PolicyContext, PolicyFacts, StagePolicy } from './policy.js'
import { checkPolicies, confirmPolicies } from './policy-run.js'
import { recordDone, recordFailure } from './record-outcome.js'

/** One operation on an environment that changes it, as the activity log keeps it. */
export interface RecordedOperation<T> {
  context: PolicyContext
  /** Checked in order before anything changes; what they spend (a code) is recorded at once. */
  policies: readonly StagePolicy[]
  operation: Operation
  package: ActivityStart['package']
  commit: string | null
  runUrl: string | null
  /** Fields of the started record that only the operation knows (stories, settings). */
  extra?: Pick<ActivityStart, 'stories' | 'details'>
  /** The log line that says what is about to change. */
  announce: string
  /** Does the change; `outcome` adds target facts and the URL to the finished record. */
  work: () => Promise<{ value: T; outcome?: Pick<ActivityOutcome, 'details' | 'url'> }>
  /** What happened, for a record that cannot be written (see recordDone). */
  done: { done: string; what: string; redo?: string }
}

/**
 * The one way an operation that changes an environment is run and recorded, for stages and for
 * start/stop/restart alike: every policy, the start record, the policies' confirmations, the
 * work, then the outcome — a failure recorded (a record that cannot be written is a warning
 * beside the failure), a success recorded or the operation fails saying what did happen.
 */
export async function runRecorded<T>(
  operation: RecordedOperation<T>
): Promise<{ value: T; record: ActivityRecord }> {
  const { context, policies } = operation
  const { activity, log } = context
  const startOf = (facts: PolicyFacts): ActivityStart => ({
    id: randomUUID(),
    time: new Date().toISOString(),
    app: context.config.app,
    environment: context.environment.name,
    operation: operation.operation,
    package: operation.package,
    actor: context.actor,
    approvers: facts.approvers ?? [],
    mfa: facts.mfa ?? null,
    commit: operation.commit,
    runUrl: operation.runUrl,
    stories: []
  })
  const facts = await checkPolicies(policies, context, startOf)
  const started = Date.now()
  const open = await activity.begin({
    ...startOf(facts),
    time: new Date(started).toISOString(),
    ...operation.extra
  })
  await confirmPolicies(policies, context, open)
  log.info(operation.announce)
  let done: Awaited<ReturnType<typeof operation.work>>
  try {
    done = await operation.work()
  } catch (error) {
    const failed = { result: 'failure' as const, error: errorMessage(error) }
    await recordFailure(activity, open, { ...failed, durationMs: Date.now() - started }, log)
    throw error
  }
  const record = await recordDone(
    activity,
    open,
    { result: 'success', error: null, durationMs: Date.now() - started, ...done.outcome },
    operation.done
  )
  return { value: done.value, record }
}
