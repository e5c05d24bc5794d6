// `npm run census`: runs the bad-input census (test/census) and prints one line per case (area,
// case, exit code, ok) so the whole table can be read at a glance; exits 1 if any case failed,
// with what failed under the table.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The parts of vitest's JSON report the table reads.
 * @typedef {{ exit: number | null, expected: number }} CensusMeta
 * @typedef {{ ancestorTitles: string[], title: string, status: string,
 *   failureMessages?: string[], meta?: { census?: CensusMeta } }} TestResult
 * @typedef {{ testResults: { assertionResults: TestResult[] }[] }} Report
 * @typedef {{ area: string, name: string, exit: string, expected: string, ok: boolean,
 *   failure: string }} Row
 */

/** @param {TestResult} test @returns {Row} */
function row(test) {
  const census = test.meta?.census
  return {
    area: test.ancestorTitles[0] ?? '',
    name: test.title,
    exit: census ? String(census.exit) : '-',
    expected: census ? String(census.expected) : '-',
    ok: test.status === 'passed',
    failure: (test.failureMessages ?? []).join('\n')
  }
}

/** @param {Row[]} rows */
function printTable(rows) {
  const area = Math.max(4, ...rows.map((r) => r.area.length))
  const name = Math.max(4, ...rows.map((r) => r.name.length))
  console.log(`${'area'.padEnd(area)}  ${'case'.padEnd(name)}  exit  ok`)
  for (const r of rows)
    console.log(
      `${r.area.padEnd(area)}  ${r.name.padEnd(name)}  ${r.exit.padStart(4)}  ${r.ok ? '✓' : '✗'}`
    )
  const failed = rows.filter((r) => !r.ok)
  const areas = [...new Set(rows.map((r) => r.area))]
    .map((a) => `${a} ${rows.filter((r) => r.area === a).length}`)
    .join(', ')
  console.log(
    `\n${rows.length} cases (${areas}): ${rows.length - failed.length} ok, ${failed.length} failed`
  )
  for (const r of failed) {
    console.log(`\n✗ ${r.area} › ${r.name} (exit ${r.exit}, expected ${r.expected})`)
    console.log(r.failure.split('\n').slice(0, 12).join('\n'))
  }
  return failed.length
}

const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-census-report-'))
const report = join(dir, 'census.json')
let status = 1
try {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', 'test/census', '--reporter=json', `--outputFile=${report}`],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }
  )
  /** @type {Report | undefined} */
  let results
  try {
    const parsed = /** @type {unknown} */ (JSON.parse(readFileSync(report, 'utf8')))
    results = /** @type {Report} */ (parsed)
  } catch {
    process.stderr.write(run.stderr)
    console.error('the census did not run: see the output above')
  }
  if (results) {
    const rows = results.testResults.flatMap((file) => file.assertionResults.map(row))
    status = printTable(rows) > 0 || run.status !== 0 ? 1 : 0
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(status)
