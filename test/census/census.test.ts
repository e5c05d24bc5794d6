import { appendFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { captureCli } from '../support/cli.js'
import { AREAS } from './cases/index.js'
import { resolveValue } from './support/census-case.js'
import { snapshotTree } from './support/snapshot.js'
import { censusWorkspace, removeCensusWorkspaces } from './support/workspace.js'

// The bad-input census: every case runs the CLI in this process on a fresh workspace and checks
// the promise the README makes for bad input: the exit code, a message that names the problem,
// and nothing changed. `npm run census` prints the table (scripts/census.mjs).

declare module 'vitest' {
  interface TaskMeta {
    /** The exit code a census case got and the one it should, for the table. */
    census?: { exit: number | null; expected: number }
  }
}

/** What no message may show the user: a stack trace, a crash, a raw file-system error. */
const RAW = [
  /^\s+at .+:\d+:\d+\)?$/m,
  /Cannot read properties|is not a function|is not defined|Maximum call stack/,
  /\bE[A-Z]{3,}: [a-z][^,\n]*, [a-z]+ '/,
  /\[object Object\]/
]

/** CENSUS_DUMP=FILE appends each case's exit code and stderr: a help when writing new cases. */
const DUMP = process.env['CENSUS_DUMP']

afterAll(removeCensusWorkspaces)

const ACTIVITY = '.mxdeploy/activity.jsonl'

async function activityText(dir: string): Promise<string> {
  return readFile(join(dir, ACTIVITY), 'utf8').catch(() => '')
}

function withoutLog(snapshot: { tree: Record<string, string>; state: unknown }) {
  const tree = { ...snapshot.tree }
  delete tree[ACTIVITY]
  return { tree, state: snapshot.state }
}

for (const area of AREAS) {
  describe(area.area, () => {
    if (area.start) beforeAll(area.start, 120_000)
    if (area.stop) afterAll(area.stop)

    for (const c of area.cases)
      test(c.name, async ({ task }) => {
        const w = await censusWorkspace(c.from ?? 'example')
        await c.setup?.(w)
        const args = resolveValue(c.args, w)
        const env = { PATH: process.env['PATH'], HOME: w.home, ...resolveValue(c.env ?? {}, w) }
        const before = {
          tree: await snapshotTree(w.dir),
          state: await c.state?.(w),
          log: await activityText(w.dir)
        }

        const run = await captureCli(args, w.dir, env)
        task.meta.census = { exit: run.code, expected: c.exit }
        if (DUMP)
          appendFileSync(
            DUMP,
            `## ${area.area} › ${c.name}: exit ${run.code}\n${run.stderr}${run.stdout.slice(0, 2000)}\n`
          )

        const message = args.includes('--json')
          ? ((JSON.parse(run.stdout) as { error?: { message: string } }).error?.message ??
            run.stdout)
          : `${run.stderr}${run.stdout}`
        expect(run.code, message).toBe(c.exit)
        const wanted = resolveValue(c.message, w)
        if (typeof wanted === 'string') expect(message).toContain(wanted)
        else expect(message).toMatch(wanted)
        for (const raw of RAW) expect(message).not.toMatch(raw)
        const after = { tree: await snapshotTree(w.dir), state: await c.state?.(w) }
        expect(withoutLog(after)).toEqual(withoutLog(before))
        // The activity log keeps refused and failed attempts (it is the audit trail), never one
        // that says something was done.
        const logged = await activityText(w.dir)
        expect(logged.startsWith(before.log)).toBe(true)
        for (const line of logged.slice(before.log.length).split('\n').filter(Boolean))
          expect((JSON.parse(line) as { result: string }).result).not.toBe('success')
      })
  })
}
