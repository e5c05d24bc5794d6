// The build action started as the runner starts it, failing on its missing inputs (exit 1),
// against bare node: what loading the bundle costs before the action does anything.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanEnv } from '../measure.mjs'

export const goal = { ratio: 1.5 }

export async function prepare({ root }) {
  const runner = mkdtempSync(join(tmpdir(), 'mxdeploy-bench-runner-'))
  // As on a runner: the files workflow commands go to, and an input left empty.
  const env = cleanEnv({
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    GITHUB_WORKSPACE: runner,
    'INPUT_UPLOAD-ARTIFACT': ''
  })
  return {
    key: 'action-start',
    work: 'action start: node dist/build/index.js, missing input',
    referenceLabel: 'node -e 0',
    goal,
    ours: { command: process.execPath, args: [join(root, 'dist/build/index.js')], env, expect: 1 },
    reference: { command: process.execPath, args: ['-e', '0'], env }
  }
}
