import { execFileSync } from 'node:child_process'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const OTHER = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const SECRETS = `alice: ${SECRET}\nbob: ${OTHER}\n`

let dir: string

/** A code from Debian's oathtool, an implementation independent of ours. */
function code(secret: string, offsetSeconds = 0): string {
  const at = `@${Math.floor(Date.now() / 1000) + offsetSeconds}`
  return execFileSync('oathtool', ['--totp', '-b', '-N', at, secret], { encoding: 'utf8' }).trim()
}

async function run(...args: string[]) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], {
    cwd: dir,
    env: { MXDEPLOY_TOTP_SECRETS: SECRETS }
  })
}

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(
    dir,
    `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  production:
    after: test
    protection: { mfa: totp, session-hours: 8 }
`
  )
  expect((await run('pipeline')).code).toBe(0)
})

describe('stage with a TOTP second factor', () => {
  test('no code is refused, recorded, and deploys nothing', async () => {
    const refused = await run('stage', '-e', 'production', '--user', 'alice')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('alice needs a TOTP code for production')
    await expect(readdir(join(dir, '.mxdeploy', 'envs'))).resolves.toEqual(['test'])
    const [record] = (await run('activity', '-e', 'production', '--json')).json
    expect(record).toMatchObject({
      result: 'failure',
      actor: 'alice',
      mfa: { method: 'totp', users: [], refused: [{ user: 'alice', reason: 'no-code' }] },
      details: { refused: true }
    })
  })

  test('a code from oathtool deploys and opens a session; the same code is refused again', async () => {
    const otp = code(SECRET)
    const first = await run('stage', '-e', 'production', '--user', 'alice', '--otp', otp, '--json')
    expect(first.code, first.stderr).toBe(0)
    expect(first.json.record.mfa).toEqual({
      method: 'totp',
      users: [{ user: 'alice', via: 'code' }]
    })

    // Within the session no code is needed.
    const again = await run('stage', '-e', 'production', '--user', 'alice', '--redeploy', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.record.mfa).toEqual({
      method: 'totp',
      users: [{ user: 'alice', via: 'session' }]
    })

    // Bob reusing alice's code: another user's code does not verify for bob.
    const bob = await run('stage', '-e', 'production', '--user', 'bob', '--otp', otp, '--redeploy')
    expect(bob.code).toBe(2)
    expect(bob.stderr).toContain('the code bob gave for production is wrong')

    // Nothing secret reaches the log or the activity records.
    const log = await readFile(join(dir, '.mxdeploy', 'activity.jsonl'), 'utf8')
    for (const text of [first.stdout, first.stderr, again.stderr, bob.stderr, log]) {
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain(OTHER)
      expect(text).not.toContain(otp)
    }
  })

  test('a replayed code is refused', async () => {
    const otp = code(SECRET)
    expect((await run('stage', '-e', 'production', '--user', 'alice', '--otp', otp)).code).toBe(0)
    // A fresh state folder for sessions would still know the code was used: the replay guard
    // is per user, so using it for another environment fails too.
    await writeConfig(
      dir,
      `app: hello\nenvironments:\n  test: {}\n  production:\n    after: test\n    protection: { mfa: totp }\n  dr:\n    after: test\n    protection: { mfa: totp }\n`
    )
    const replay = await run('stage', '-e', 'dr', '--user', 'alice', '--otp', otp)
    expect(replay.code).toBe(2)
    expect(replay.stderr).toContain('was already used')
  })

  test('an environment requiring reviewers cannot be deployed from the CLI', async () => {
    await writeConfig(
      dir,
      `app: hello\nenvironments:\n  test: {}\n  production:\n    after: test\n    protection: { reviewers: required, mfa: totp }\n`
    )
    const refused = await run('stage', '-e', 'production', '--user', 'alice', '--otp', code(SECRET))
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('requires GitHub environment reviewers')
    expect(refused.stderr).toContain('environment: production')
  })
})
