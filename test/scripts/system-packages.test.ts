import { execFile } from 'node:child_process'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { explain, missingPackages, SYSTEM_PACKAGES } from '../../scripts/system-packages.mjs'
import { REPO_ROOT } from '../support/runner/index.js'

const NAMES = SYSTEM_PACKAGES.map((pkg) => pkg.name)

describe('the list of system packages', () => {
  test('each names its Debian package, the programs that show it, and why the tests need it', () => {
    expect(new Set(NAMES).size).toBe(NAMES.length)
    for (const pkg of SYSTEM_PACKAGES) {
      // Debian policy: lower case letters, digits, + - and ., starting with a letter or digit.
      expect(pkg.name).toMatch(/^[a-z0-9][a-z0-9+.-]+$/)
      expect(pkg.programs.length, pkg.name).toBeGreaterThan(0)
      expect(pkg.why, pkg.name).toMatch(/\w+ \w+ \w+/)
    }
  })

  test('a package is missing only when none of its programs is on the PATH', () => {
    expect(missingPackages(() => false).map((pkg) => pkg.name)).toEqual(NAMES)
    expect(missingPackages(() => true)).toEqual([])
    // GitHub's runners have Google Chrome, which stands in for Debian's Chromium.
    expect(missingPackages((program) => program === 'google-chrome').map((p) => p.name)).toEqual(
      NAMES.filter((name) => name !== 'chromium')
    )
  })
})

describe.each(['.ci/run', '.github/workflows/ci.yml'])('%s', (file) => {
  test('installs from the list with scripts/test-tools.mjs and keeps no list of its own', async () => {
    const text = await readFile(join(REPO_ROOT, file), 'utf8')
    expect(text).toMatch(/^\s*(?:run: )?node scripts\/test-tools\.mjs$/m)
    const commands = text.split('\n').filter((line) => !line.trim().startsWith('#'))
    expect(commands.filter((line) => /\b(apt-get|apt|dpkg)\b/.test(line))).toEqual([])
    // git is also a program both run; any other package named, even in a comment, is a list
    // that can drift from the one in scripts/system-packages.mjs.
    for (const name of NAMES.filter((n) => n !== 'git')) {
      const escaped = name.replace(/[.+]/g, '\\$&')
      expect(text, name).not.toMatch(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`))
    }
  })
})

describe('node scripts/test-tools.mjs', () => {
  // A PATH of stand-ins: the script finds and runs only what this folder holds.
  let bin = ''
  beforeEach(async () => {
    bin = await mkdtemp(join(tmpdir(), 'test-tools-'))
  })
  afterEach(async () => {
    await rm(bin, { recursive: true, force: true })
  })

  const stub = async (name: string, script = 'exit 0'): Promise<void> => {
    await writeFile(join(bin, name), `#!/bin/sh\n${script}\n`)
    await chmod(join(bin, name), 0o755)
  }

  const testTools = (): Promise<{ code: number; output: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [join(REPO_ROOT, 'scripts/test-tools.mjs')],
        // MXDEPLOY_TEST_KUBECTL: a kubectl on the PATH must not make it unpack Debian's here.
        { env: { PATH: bin, MXDEPLOY_TEST_KUBECTL: join(bin, 'kubectl') } },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
          resolve({ code, output: stdout + stderr })
        }
      )
    })

  test('says nothing and exits 0 when every package is there', async () => {
    for (const pkg of SYSTEM_PACKAGES) await stub(pkg.programs[0]!)
    expect(await testTools()).toEqual({ code: 0, output: '' })
  })

  test('without apt-get, says what to install and why, and exits 1', async () => {
    await stub('git')
    const missing = SYSTEM_PACKAGES.filter((pkg) => pkg.name !== 'git')
    const { code, output } = await testTools()
    expect(code).toBe(1)
    expect(output.split('\n')).toEqual([
      'the tests need these packages, which are not installed:',
      ...explain(missing),
      `on Debian or Ubuntu: sudo apt-get install -y ${missing.map((p) => p.name).join(' ')}`,
      ''
    ])
  })

  // As root it runs the apt-get on the PATH; with sudo it would run the machine's own.
  test.runIf(process.getuid?.() === 0)(
    'says what it installs and why before apt-get runs',
    async () => {
      await stub('apt-get', 'echo "apt-get $*" >&2')
      for (const pkg of SYSTEM_PACKAGES.filter((p) => p.name !== 'skopeo')) {
        await stub(pkg.programs.at(-1)!)
      }
      const skopeo = SYSTEM_PACKAGES.filter((pkg) => pkg.name === 'skopeo')
      expect(await testTools()).toEqual({
        code: 0,
        output: [
          'installing what the tests need: apt-get install skopeo',
          ...explain(skopeo),
          'apt-get update -qq',
          'apt-get install -y -qq --no-install-recommends skopeo',
          ''
        ].join('\n')
      })
    }
  )
})
