#!/usr/bin/env node
// Benchmark: the stories of a 100,000-commit range with mxdeploy (GitCommitSource + traceRange,
// default patterns) against `git log --format=%H%x00%B` over the same range, side by side in one
// run, median of 3 each. Target: mxdeploy ≤ 1.5 × git log. Exit 1 when over the target.
//
//   node bench/trace/story-extraction.mjs [--commits N] [--json]
//
// The TypeScript sources are compiled to bench/.corpus/build/ with the installed TypeScript
// compiler first (bench/trace/compile.mjs), so it runs the same code as the tests.
import { spawn } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { compileSources } from './compile.mjs'
import { corpus } from './corpus.mjs'

const TARGET = 1.5
const ROUNDS = 3

const { values } = parseArgs({
  options: { commits: { type: 'string', default: '100000' }, json: { type: 'boolean' } }
})
const count = Number(values.commits)
const root = new URL('../..', import.meta.url).pathname
const work = join(root, 'bench/.corpus')

const src = compileSources(join(work, 'build'))
const load = (path) => import(pathToFileURL(join(src, path)).href)
const { GitCommitSource } = await load('trace/git-commit-source.js')
const { traceRange } = await load('trace/trace-range.js')
const { compileStoryPatterns } = await load('trace/story-patterns.js')
const repo = await corpus(work, count)

const devNull = openSync('/dev/null', 'w')

/** The reference: git log over the whole history, written to /dev/null (git's own cost only). */
function gitLog() {
  return new Promise((done, fail) => {
    const child = spawn('git', ['log', '--format=%H%x00%B', 'main'], {
      cwd: repo,
      stdio: ['ignore', devNull, 'inherit']
    })
    child.on('error', fail)
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`git log exited ${code}`))))
  })
}

/** mxdeploy: every commit of the same range, with its stories. */
async function mxdeploy() {
  const patterns = compileStoryPatterns(undefined)
  const outcome = await traceRange(
    new GitCommitSource(repo),
    { from: undefined, to: 'main', limit: count + 1 },
    patterns
  )
  if (outcome.status !== 'complete') throw new Error(outcome.message)
  return { commits: outcome.trace.commits.length, stories: outcome.trace.stories.length }
}

/** CPU ms of this process, and of its finished children (git) from /proc/self/stat (Linux). */
function cpuMs() {
  const own = process.cpuUsage()
  let children = NaN
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / 100 // cutime + cstime, USER_HZ
  } catch {
    // not Linux: CPU figures are left out
  }
  return { node: (own.user + own.system) / 1000, git: children }
}

// Wall time is what the target is about; CPU time (this process and git apart) says where the
// time goes, with less noise when other work shares the machine.
async function time(run) {
  const before = cpuMs()
  const start = process.hrtime.bigint()
  const result = await run()
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const after = cpuMs()
  const node = after.node - before.node
  const git = after.git - before.git
  return { ms, cpu: node + git, node, git, result }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

// One warm-up of each (page cache, JIT), then the rounds, alternating so both see the same load.
await gitLog()
const facts = await mxdeploy()
if (facts.commits !== count) throw new Error(`read ${facts.commits} commits, expected ${count}`)
const reference = []
const ours = []
for (let round = 0; round < ROUNDS; round++) {
  reference.push(await time(gitLog))
  ours.push(await time(mxdeploy))
}
const ratio = median(ours.map((r) => r.ms)) / median(reference.map((r) => r.ms))
const cpuRatio = median(ours.map((r) => r.cpu)) / median(reference.map((r) => r.cpu))
const report = {
  benchmark: 'trace/story-extraction',
  commits: count,
  stories: facts.stories,
  gitLogMs: reference.map((r) => Math.round(r.ms)),
  mxdeployMs: ours.map((r) => Math.round(r.ms)),
  medianGitLogMs: Math.round(median(reference.map((r) => r.ms))),
  medianMxdeployMs: Math.round(median(ours.map((r) => r.ms))),
  ratio: Number(ratio.toFixed(2)),
  gitLogCpuMs: reference.map((r) => Math.round(r.cpu)),
  mxdeployCpuMs: ours.map((r) => Math.round(r.cpu)),
  mxdeployNodeCpuMs: ours.map((r) => Math.round(r.node)),
  mxdeployGitCpuMs: ours.map((r) => Math.round(r.git)),
  cpuRatio: Number(cpuRatio.toFixed(2)),
  loadAverage: Number(loadavg()[0].toFixed(1)),
  target: TARGET,
  passed: ratio <= TARGET
}
if (values.json) console.log(JSON.stringify(report, null, 2))
else {
  console.log(
    `story extraction over ${count.toLocaleString('en-US')} commits (${facts.stories.toLocaleString('en-US')} stories)\n` +
      `  git log --format=%H%x00%B > /dev/null  median ${report.medianGitLogMs} ms  (${report.gitLogMs.join(', ')})\n` +
      `  mxdeploy (git source + stories)        median ${report.medianMxdeployMs} ms  (${report.mxdeployMs.join(', ')})\n` +
      `  ratio ${report.ratio}× (target ≤ ${TARGET}×): ${report.passed ? 'ok' : 'OVER TARGET'}\n` +
      `  CPU: git log ${report.gitLogCpuMs.join(', ')} ms; mxdeploy ${report.mxdeployCpuMs.join(', ')} ms ` +
      `(node ${report.mxdeployNodeCpuMs.join(', ')} + git ${report.mxdeployGitCpuMs.join(', ')}): ratio ${report.cpuRatio}×\n` +
      `  load average ${report.loadAverage} on ${availableParallelism()} cores`
  )
}
process.exitCode = report.passed ? 0 : 1
