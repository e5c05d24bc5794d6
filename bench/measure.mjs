// Times whole processes as users run them: wall time (high resolution, from this process),
// peak RSS and CPU time (GNU time), rounds interleaved with the reference, medians.
import { spawnSync } from 'node:child_process'

/** Median of a list of numbers (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The environment benchmarks run in: no runner or build-date variables leak in. */
export function cleanEnv(extra = {}) {
  const env = { ...process.env }
  for (const name of Object.keys(env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|SOURCE_DATE_EPOCH$|MXDEPLOY_)/.test(name))
      delete env[name]
  }
  // A machine that sets NODE_EXTRA_CA_CERTS (this one does, for its proxy) makes every Node
  // process parse that bundle as it starts: 40 ms of /etc/ssl/certs/ca-certificates.crt here.
  // GitHub's runners do not set it; `--keep-ca-certs` keeps it, to time this machine as it is.
  if (!process.argv.includes('--keep-ca-certs')) delete env['NODE_EXTRA_CA_CERTS']
  return { ...env, ...extra }
}

/**
 * Runs one process under /usr/bin/time: `{ wall, cpu, rssMB }`. stdout goes to /dev/null unless
 * `capture`; `expect` is the exit status it must end with (a failing action start exits 1).
 * A `sh -c` script times the whole of a composite reference (unzip, then the switch).
 */
export function timeProcess({ command, args = [], cwd, env, expect = 0, capture = false }) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %M %U %S', command, ...args], {
    cwd,
    env: env ?? cleanEnv(),
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== expect) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status} (expected ${expect}):\n${result.stderr.slice(-2000)}`
    )
  }
  const line = result.stderr
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('TIME '))
  const [, kb, user, system] = line.split(' ').map(Number)
  return { wall, cpu: user + system, rssMB: kb / 1024, stdout: result.stdout }
}

/**
 * Rounds of `ours` and `reference` (a process, or a function that gives the next one),
 * alternating which goes first so that neither always meets
 * the other's leftovers (page cache, a busy core); `reset` runs before every run, untimed.
 */
export function interleave({ rounds, ours, reference, reset = () => {}, log = () => {} }) {
  const runs = { ours: [], reference: [] }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['reference', 'ours'] : ['ours', 'reference']
    for (const which of order) {
      reset(which)
      const spec = which === 'ours' ? ours : reference
      const run = timeProcess(typeof spec === 'function' ? spec() : spec)
      runs[which].push(run)
      log(
        `    round ${round + 1} ${which.padEnd(9)} ${run.wall.toFixed(3)} s  ${run.rssMB.toFixed(0)} MB`
      )
    }
  }
  const summary = (list) => ({
    wall: median(list.map((r) => r.wall)),
    cpu: median(list.map((r) => r.cpu)),
    rssMB: median(list.map((r) => r.rssMB)),
    peakRssMB: Math.max(...list.map((r) => r.rssMB))
  })
  const ratios = runs.ours.map((run, i) => run.wall / runs.reference[i].wall)
  return { ours: summary(runs.ours), reference: summary(runs.reference), ratios, runs }
}

/** A plain-text table, columns padded. */
export function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** The same table as GitHub markdown. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
