import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mapPool } from '../async-pool.js'

const run = promisify(execFile)

/** Committer times (ISO 8601) of commits by SHA; a commit the source lacks is left out. */
export type CommitTimes = (shas: readonly string[]) => Promise<Map<string, string>>

/** Committer times from the git repository around `dir`; commits it does not hold are left out. */
export function gitCommitTimes(dir: string): CommitTimes {
  return async (shas) => {
    const times = new Map<string, string>()
    const unique = [...new Set(shas)].filter((sha) => /^[0-9a-f]{7,64}$/i.test(sha))
    await mapPool(unique, 4, async (sha) => {
      try {
        const { stdout } = await run('git', ['show', '-s', '--format=%cI', `${sha}^{commit}`], {
          cwd: dir,
          timeout: 10_000
        })
        const time = stdout.trim()
        if (time && !Number.isNaN(Date.parse(time))) times.set(sha, new Date(time).toISOString())
      } catch {
        // Not a repository, or a commit a shallow clone lacks: its time is simply not known.
      }
    })
    return times
  }
}

/** Each SHA from the first source that knows it. */
export function firstCommitTimes(sources: readonly CommitTimes[]): CommitTimes {
  return async (shas) => {
    const times = new Map<string, string>()
    for (const source of sources) {
      const missing = shas.filter((sha) => !times.has(sha))
      if (!missing.length) break
      for (const [sha, time] of await source(missing)) times.set(sha, time)
    }
    return times
  }
}
