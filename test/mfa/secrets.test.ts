import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { ScureBase32Plugin } from 'otplib'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { parseTotpSecrets, readTotpSecrets } from '../../src/mfa/secrets.js'
import { capturingLogger, findLeaks, temporaryDir } from './helpers.js'

const ALICE = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const BOB = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const base32 = new ScureBase32Plugin()

function refusal(text: string): string {
  const log = capturingLogger()
  try {
    parseTotpSecrets(text, 'MXDEPLOY_TOTP_SECRETS', log)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('the document was accepted')
}

describe('parseTotpSecrets', () => {
  it('reads a YAML map and decodes each secret', () => {
    const log = capturingLogger()
    const secrets = parseTotpSecrets(`alice: ${ALICE}\nBob: ${BOB}\n`, 'doc', log)
    expect(secrets.users).toEqual(['alice', 'Bob'])
    expect(secrets.secretOf('alice')).toEqual(base32.decode(ALICE))
    expect(secrets.secretOf('bob')).toEqual(base32.decode(BOB))
    expect(secrets.secretOf('carol')).toBeUndefined()
    expect(log.secrets).toEqual(expect.arrayContaining([ALICE, BOB]))
  })

  it('reads JSON, compares users case-insensitively, and accepts grouped lower-case secrets', () => {
    const grouped = ALICE.toLowerCase()
      .replace(/(.{4})/g, '$1 ')
      .trim()
    const secrets = parseTotpSecrets(JSON.stringify({ Alice: grouped }), 'doc', capturingLogger())
    expect(secrets.secretOf('ALICE')).toEqual(base32.decode(ALICE))
    expect(secrets.secretOf('alice')).toEqual(base32.decode(ALICE))
  })

  it('never shows the secrets when printed or serialised', () => {
    const secrets = parseTotpSecrets(`alice: ${ALICE}`, 'doc', capturingLogger())
    const shown = `${inspect(secrets, { showHidden: true, depth: 5 })} ${JSON.stringify(secrets)} ${String(secrets)}`
    expect(findLeaks(shown, [ALICE])).toEqual([])
    expect(shown).toContain('alice')
  })

  it.each([
    ['empty', '', /is empty/],
    ['only blanks', '  \n\n', /is empty/],
    ['an empty map', '{}', /empty map/],
    ['a list', `- ${ALICE}\n- ${BOB}`, /is a list, not a map/],
    ['a scalar', ALICE, /is a single value, not a map/],
    ['null', '~', /is empty, not a map/],
    [
      'invalid YAML',
      `alice: ${ALICE}\nbob: [${BOB}\n  x: 1`,
      /not valid YAML or JSON at line \d+, column \d+/
    ],
    ['invalid JSON', `{"alice": "${ALICE}", }}`, /not valid YAML or JSON/],
    [
      'a non-base32 secret',
      `alice: ${ALICE.slice(0, 20)}0189`,
      /the secret of 'alice'.*is not base32/
    ],
    [
      'a too short secret',
      `alice: ${ALICE.slice(0, 15)}`,
      /too short: at least 16 base32 characters \(80 bits\)/
    ],
    ['a too long secret', `alice: ${ALICE.repeat(4)}`, /too long: at most 64 bytes/],
    ['a malformed base32 length', `alice: ${ALICE}A`, /not valid base32/],
    ['a secret that is a number', 'alice: 2222222222222222', /is not text.*quote it/],
    ['a secret that is a map', `alice: { secret: ${ALICE} }`, /is not text/],
    ['a user twice', `alice: ${ALICE}\nalice: ${BOB}`, /not valid YAML or JSON/],
    ['a user twice in another case', `alice: ${ALICE}\nALICE: ${BOB}`, /lists user 'ALICE' twice/],
    [
      'a key that is not a user name',
      `"alice smith": ${ALICE}`,
      /entry 1 of .* does not start with a user name/
    ]
  ])('refuses %s without showing a secret', (_, text, pattern) => {
    const message = refusal(text)
    expect(message).toMatch(pattern)
    expect(message).toContain('MXDEPLOY_TOTP_SECRETS')
    expect(findLeaks(message, [ALICE, BOB, ALICE.slice(0, 15), ALICE.slice(0, 20)])).toEqual([])
  })

  it('names an entry written the wrong way round by position, never by the key that is a secret', () => {
    const message = refusal(`${ALICE}: alice`)
    expect(message).toMatch(/entry 1/)
    expect(findLeaks(message, [ALICE])).toEqual([])
  })
})

describe('readTotpSecrets', () => {
  const dirs: { remove: () => Promise<void> }[] = []
  afterEach(async () => Promise.all(dirs.splice(0).map((dir) => dir.remove())))

  it('prefers --totp-secrets FILE over the environment variable', async () => {
    const dir = await temporaryDir()
    dirs.push(dir)
    const file = join(dir.path, 'secrets.yml')
    await writeFile(file, `bob: ${BOB}\n`)
    const secrets = await readTotpSecrets(
      { file, env: { MXDEPLOY_TOTP_SECRETS: `alice: ${ALICE}` } },
      capturingLogger()
    )
    expect(secrets.users).toEqual(['bob'])
    expect(secrets.source).toBe(file)
  })

  it('reads MXDEPLOY_TOTP_SECRETS', async () => {
    const secrets = await readTotpSecrets(
      { env: { MXDEPLOY_TOTP_SECRETS: JSON.stringify({ alice: ALICE }) } },
      capturingLogger()
    )
    expect(secrets.users).toEqual(['alice'])
  })

  it('says how to give the secrets when there are none', async () => {
    for (const env of [{}, { MXDEPLOY_TOTP_SECRETS: ' ' }]) {
      await expect(readTotpSecrets({ env }, capturingLogger())).rejects.toThrow(
        /no TOTP secrets: set the environment variable MXDEPLOY_TOTP_SECRETS.*--totp-secrets FILE/
      )
    }
  })

  it('reports a missing secrets file as a configuration error', async () => {
    await expect(
      readTotpSecrets({ file: '/nonexistent/secrets.yml', env: {} }, capturingLogger())
    ).rejects.toThrow(ConfigurationError)
  })
})
