import type { EnvironmentConfig } from '../config/types.js'

/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file. The configuration loader has already refused unknown names and cycles.
 */
export function promotionSequence(environments: readonly EnvironmentConfig[]): EnvironmentConfig[] {
  const placed = new Set<string>()
  const sequence: EnvironmentConfig[] = []
  while (sequence.length < environments.length) {
    const next = environments.find(
      (env) => !placed.has(env.name) && (!env.after || placed.has(env.after))
    )
    if (!next) break
    placed.add(next.name)
    sequence.push(next)
  }
  return sequence
}

/** Whether staging to the environment needs a person: approval or a second factor. */
export function isProtected(environment: Pick<EnvironmentConfig, 'protection'>): boolean {
  return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp'
}
