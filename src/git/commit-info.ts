import { gitOutput as git } from './git-output.js'

export interface CommitInfo {
  commit: string | null
  branch: string | null
  /** Committer time of the commit, when it came from git. */
  time: Date | null
}

/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
export async function commitInfo(cwd: string, env: NodeJS.ProcessEnv): Promise<CommitInfo> {
  const head = await git(cwd, ['log', '-1', '--format=%H %ct'])
  const [gitCommit, gitTime] = head ? head.split(' ') : []
  const commit = env['GITHUB_SHA'] || gitCommit || null
  const branch =
    env['GITHUB_HEAD_REF'] ||
    env['GITHUB_REF_NAME'] ||
    (await git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
    null
  const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null
  return { commit, branch, time }
}
