// trace --from --to --json over 100,000 commits against git log of the same range, both
// written to /dev/null. The corpus repository is made once by bench/trace/corpus.mjs.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { corpus } from '../trace/corpus.mjs'

export const goal = { ratio: 1.5 }

export async function prepare({ corpusRoot, cli, commits = 100_000 }) {
  const repo = await corpus(corpusRoot, commits)
  const root = execFileSync('git', ['rev-list', '--max-parents=0', 'main'], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()
  return {
    key: 'trace',
    work: `trace --from --to --json, ${commits.toLocaleString('en-US')} commits`,
    referenceLabel: 'git log --format=%H%x00%B',
    goal,
    ours: {
      command: process.execPath,
      args: [cli, 'trace', '--from', root, '--to', 'main', '--json'],
      cwd: repo
    },
    reference: {
      command: 'git',
      args: ['log', '--format=%H%x00%B', 'main', `^${root}`],
      cwd: repo
    },
    // Secondary: a Node process that only reads git log's output (bench/trace/pipe-floor.mjs).
    floor: {
      command: process.execPath,
      args: [fileURLToPath(new URL('../trace/pipe-floor.mjs', import.meta.url)), root, 'main'],
      cwd: repo
    }
  }
}
