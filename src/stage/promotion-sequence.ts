import type { EnvironmentConfig } from '../config/types.js'

/** A binary min-heap of positions in the file. */
class PositionHeap {
  private readonly items: number[] = []

  get size(): number {
    return this.items.length
  }

  push(value: number): void {
    const items = this.items
    let at = items.push(value) - 1
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (items[parent]! <= value) break
      items[at] = items[parent]!
      at = parent
    }
    items[at] = value
  }

  pop(): number {
    const items = this.items
    const top = items[0]!
    const last = items.pop()!
    if (items.length === 0) return top
    let at = 0
    for (;;) {
      const left = 2 * at + 1
      if (left >= items.length) break
      const right = left + 1
      const child = right < items.length && items[right]! < items[left]! ? right : left
      if (items[child]! >= last) break
      items[at] = items[child]!
      at = child
    }
    items[at] = last
    return top
  }
}

/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file (of those that may go next, the first in the file goes). The configuration
 * loader has already refused unknown names and cycles.
 *
 * One pass down the file places each environment whose predecessor is placed; one whose
 * predecessor comes later in the file is placed as soon as that predecessor is, ahead of the
 * rest of the file, through a heap. Linear when `after:` points back up the file, n log n at
 * worst.
 */
export function promotionSequence(environments: readonly EnvironmentConfig[]): EnvironmentConfig[] {
  const followers = new Map<string, number[]>()
  environments.forEach((env, index) => {
    if (env.after === undefined) return
    const list = followers.get(env.after)
    if (list) list.push(index)
    else followers.set(env.after, [index])
  })
  const placed = new Set<string>()
  const waiting = new PositionHeap()
  const sequence: EnvironmentConfig[] = []
  let next = 0
  for (;;) {
    let index: number | undefined
    if (waiting.size > 0) index = waiting.pop()
    else {
      while (next < environments.length) {
        const env = environments[next]!
        if (!placed.has(env.name) && (!env.after || placed.has(env.after))) break
        next++
      }
      if (next === environments.length) break
      index = next++
    }
    const env = environments[index]!
    placed.add(env.name)
    sequence.push(env)
    // Followers further down are reached by the pass; those above it were passed over.
    for (const follower of followers.get(env.name) ?? []) {
      if (follower < next) waiting.push(follower)
    }
  }
  return sequence
}

/** Whether staging to the environment needs a person: approval or a second factor. */
export function isProtected(environment: Pick<EnvironmentConfig, 'protection'>): boolean {
  return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp'
}
