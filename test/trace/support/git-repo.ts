import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The tests' git ignores the machine's own configuration (hooks, signing, default branch).
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com'
}

/** Runs git in `dir` and returns its trimmed output. */
export function git(dir: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {})
  }).trim()
}

/** A fresh empty repository on branch main, removed by `cleanup`. */
export function newRepo(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-trace-'))
  git(dir, ['init', '-q', '-b', 'main'])
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

let clock = 1_700_000_000

/** Commits (empty tree changes are allowed) with `message` and returns the new commit's SHA. */
export function commit(dir: string, message: string): string {
  clock += 60
  const date = `${clock} +0000`
  execFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
    cwd: dir,
    env: { ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    input: message
  })
  return git(dir, ['rev-parse', 'HEAD'])
}

/** Commits each message in order (oldest first) and returns their SHAs in that order. */
export function commits(dir: string, messages: string[]): string[] {
  return messages.map((message) => commit(dir, message))
}

/** Merges `branch` into the current branch with a merge commit; returns its SHA. */
export function merge(dir: string, branch: string, message: string): string {
  clock += 60
  const date = `${clock} +0000`
  execFileSync('git', ['merge', '-q', '--no-ff', '-m', message, branch], {
    cwd: dir,
    env: { ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
  })
  return git(dir, ['rev-parse', 'HEAD'])
}
