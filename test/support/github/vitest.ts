import { afterEach, beforeEach } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from './stand-in.js'

/**
 * A fresh stand-in for each test of the enclosing suite. After each test, any call that did
 * not match GitHub's description fails that test, and the stand-in is closed.
 */
export function useGitHubStandIn(options: StandInOptions = {}): { readonly gh: GitHubStandIn } {
  let current: GitHubStandIn | undefined
  beforeEach(async () => {
    current = await startGitHubStandIn(options)
  })
  afterEach(async () => {
    const gh = current
    current = undefined
    if (!gh) return
    try {
      gh.assertNoViolations()
    } finally {
      await gh.close()
    }
  })
  return {
    get gh(): GitHubStandIn {
      if (!current) throw new Error('the GitHub stand-in runs only inside a test')
      return current
    }
  }
}
