// `npm run census`: runs the bad-input census (test/census) and prints one line per case (area,
// case, exit code, ok) so the whole table can be read at a glance; exits 1 if any case failed,
// with what failed under the table.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-census-report-'))
const report = join(dir, 'census.json')
try {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', 'test/census', '--reporter=json', `--outputFile=${report}`],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }
  )
  let results
  try {
    results = JSON.parse(readFileSync(report, 'utf8'))
  } catch {
    process.stderr.write(run.stderr)
    console.error('the census did not run: see the output above')
    process.exit(1)
  }
  const rows = results.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      area: test.ancestorTitles[0] ?? '',
      name: test.title,
      exit: test.meta?.census?.exit ?? '-',
      expected: test.meta?.census?.expected,
      ok: test.status === 'passed',
      failure: test.failureMessages?.join('\n') ?? ''
    }))
  )
  const width = (pick) => Math.max(...rows.map((row) => String(pick(row)).length))
  const [area, name] = [width((r) => r.area), width((r) => r.name)]
  console.log(`${'area'.padEnd(area)}  ${'case'.padEnd(name)}  exit  ok`)
  for (const row of rows) {
    const mark = row.ok ? '✓' : '✗'
    console.log(
      `${row.area.padEnd(area)}  ${row.name.padEnd(name)}  ${String(row.exit).padStart(4)}  ${mark}`
    )
  }
  const failed = rows.filter((row) => !row.ok)
  const areas = [...new Set(rows.map((row) => row.area))]
    .map((a) => `${a} ${rows.filter((row) => row.area === a).length}`)
    .join(', ')
  console.log(
    `\n${rows.length} cases (${areas}): ${rows.length - failed.length} ok, ${failed.length} failed`
  )
  for (const row of failed) {
    console.log(`\n✗ ${row.area} › ${row.name} (exit ${row.exit}, expected ${row.expected})`)
    console.log(row.failure.split('\n').slice(0, 12).join('\n'))
  }
  process.exit(failed.length > 0 || run.status !== 0 ? 1 : 0)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
