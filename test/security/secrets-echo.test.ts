import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { redactCredentials } from '../../src/redact.js'
import { mxdeploy } from '../support/cli.js'
import { useTempDirs } from '../zip/support/temp-dir.js'

const tempDir = useTempDirs()
const PASSWORD = 's3cr3t-Pa55'

describe('credentials in URIs', () => {
  it('are redacted in any text', () => {
    expect(
      redactCredentials(`push to oci://robot:${PASSWORD}@registry.example.com/app failed`)
    ).toBe('push to oci://robot:***@registry.example.com/app failed')
    expect(redactCredentials(`https://x:${PASSWORD}@host/a and http://u:p@h/`)).toBe(
      'https://x:***@host/a and http://u:***@h/'
    )
    expect(redactCredentials('oci://registry.example.com/app')).toBe(
      'oci://registry.example.com/app'
    )
  })

  it.each([
    ['publish', (dir: string) => ['publish', join(dir, 'missing.mda')]],
    ['packages', () => ['packages']],
    ['an unknown scheme', () => ['packages', '--repository', `s3://robot:${PASSWORD}@bucket/x`]]
  ])('never reach the output of %s (text and --json)', async (_, args) => {
    const dir = await tempDir()
    await writeFile(
      join(dir, 'mxdeploy.yml'),
      `app: hello\nrepository: oci://robot:${PASSWORD}@registry.example.com/hello\nenvironments: { test: {} }\n`
    )
    for (const json of [[], ['--json']]) {
      const run = await mxdeploy([...args(dir), ...json], { cwd: dir })
      expect(run.code).toBe(2)
      expect(run.stdout + run.stderr).not.toContain(PASSWORD)
      expect(run.stdout + run.stderr).toContain(':***@')
    }
  })

  it('an oci:// repository with credentials says where they go instead', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'mxdeploy.yml'), 'app: hello\nenvironments: { test: {} }\n')
    const run = await mxdeploy(
      ['packages', '--repository', `oci://robot:${PASSWORD}@registry.example.com/hello`],
      { cwd: dir }
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'error: repository "oci://robot:***@registry.example.com/hello" carries credentials, which would be printed and recorded with it: write oci://HOST/REPO and set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD instead\n'
    )
  })
})

describe('mfa enroll inside GitHub Actions', () => {
  it('masks the new secret before printing it, keeping --json stdout one document', async () => {
    const dir = await tempDir()
    for (const json of [[], ['--json']]) {
      const run = await mxdeploy(['mfa', 'enroll', '--user', 'octocat', ...json], {
        cwd: dir,
        env: { GITHUB_ACTIONS: 'true' }
      })
      expect(run.code).toBe(0)
      const mask = /^::add-mask::([A-Z2-7]+)$/m.exec(run.stderr)
      expect(mask).not.toBeNull()
      const secret = mask![1]!
      if (json.length) expect(JSON.parse(run.stdout).secret).toBe(secret)
      else expect(run.stdout).toContain(secret)
    }
  })

  it('prints no mask command outside Actions', async () => {
    const run = await mxdeploy(['mfa', 'enroll', '--user', 'octocat', '--json'], {
      cwd: await tempDir()
    })
    expect(run.code).toBe(0)
    expect(run.stderr).not.toContain('::add-mask::')
  })
})
