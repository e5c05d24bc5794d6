import { ScureBase32Plugin } from 'otplib'
import { describe, expect, it } from 'vitest'
import type { CommandContext } from '../../src/cli/command.js'
import { cliCodeOffers, cliTotpSecrets } from '../../src/cli/access-options.js'
import { ConfigurationError } from '../../src/errors.js'
import { silentLogger } from '../../src/log.js'
import { enrol, otpauthUri } from '../../src/mfa/enroll.js'
import { matchingStep, timeStep } from '../../src/mfa/totp.js'
import { captureCli, type CapturedRun } from '../support/cli.js'
import { oathtoolCode } from './helpers.js'

const base32 = new ScureBase32Plugin()

async function cli(...argv: string[]): Promise<CapturedRun> {
  return captureCli(argv, process.cwd(), {})
}

describe('enrol', () => {
  it('makes a 160-bit base32 secret that oathtool and our verifier agree on', async () => {
    const { secret, uri } = enrol('alice')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    const bytes = base32.decode(secret)
    expect(bytes).toHaveLength(20)
    expect(uri).toContain(`secret=${secret}`)
    const now = 1_750_000_000
    expect(await matchingStep(bytes, oathtoolCode(secret, now), now)).toBe(timeStep(now))
  })

  it('makes a different secret each time', () => {
    expect(new Set(Array.from({ length: 20 }, () => enrol('alice').secret)).size).toBe(20)
  })

  it('writes the otpauth URI with issuer, account and every parameter', () => {
    const url = new URL(otpauthUri('Acme Corp', 'alice', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'))
    expect(url.protocol).toBe('otpauth:')
    expect(url.host).toBe('totp')
    expect(decodeURIComponent(url.pathname)).toBe('/Acme Corp:alice')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      issuer: 'Acme Corp',
      algorithm: 'SHA1',
      digits: '6',
      period: '30'
    })
  })
})

describe('mxdeploy mfa enroll', () => {
  it('--json prints only user, secret and uri', async () => {
    const run = await cli('mfa', 'enroll', '--user', 'alice', '--json')
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as Record<string, string>
    expect(Object.keys(doc).sort()).toEqual(['secret', 'uri', 'user'])
    expect(doc['user']).toBe('alice')
    expect(doc['uri']).toBe(otpauthUri('mxdeploy', 'alice', doc['secret']!))
    expect(run.stderr).toBe('')
  })

  it('prints the QR code, the URI, and how to store the secret', async () => {
    const run = await cli('mfa', 'enroll', '--user', 'alice', '--issuer', 'Acme')
    expect(run.code).toBe(0)
    const secret = /key by hand: ([A-Z2-7]{32})/.exec(run.stdout)?.[1]
    expect(secret).toBeDefined()
    expect(run.stdout).toContain(otpauthUri('Acme', 'alice', secret!))
    expect(run.stdout).toMatch(/[▀▄█]{7}/) // the QR code's finder pattern, in block characters
    expect(run.stdout).toContain(`  alice: ${secret}\n`)
    expect(run.stdout).toContain('Settings → Environments → production → Environment secrets')
    expect(run.stdout).toContain(
      'gh secret set MXDEPLOY_TOTP_SECRETS --env production < secrets.yml'
    )
    expect(run.stdout).toMatch(/This output is sensitive/)
  })

  it.each([
    [['mfa', 'enroll'], /give the user to enrol: mxdeploy mfa enroll --user NAME/],
    [['mfa', 'enroll', '--user', 'alice smith'], /--user "alice smith" is not a user name/],
    [['mfa', 'enroll', '--user=-alice'], /is not a user name/],
    [['mfa', 'enroll', '--user', 'alice', '--issuer', 'a:b'], /--issuer "a:b" is not usable/],
    [['mfa'], /give the subcommand: mxdeploy mfa enroll --user NAME/],
    [['mfa', 'verify'], /unknown subcommand "mfa verify"; the subcommands are: enroll/]
  ])('%j is a usage error (exit 2) and prints no secret', async (argv, message) => {
    const run = await cli(...argv, '--json')
    expect(run.code).toBe(2)
    const doc = JSON.parse(run.stdout) as { error: { message: string } }
    expect(doc.error.message).toMatch(message)
    expect(run.stdout + run.stderr).not.toMatch(/[A-Z2-7]{32}/)
  })
})

describe('the second-factor flags of deploying commands', () => {
  const context = (
    values: CommandContext['values'],
    env: NodeJS.ProcessEnv = {}
  ): CommandContext => ({
    values,
    positionals: [],
    io: { stdout: { write: () => true }, stderr: { write: () => true }, env, cwd: process.cwd() },
    log: silentLogger,
    json: false
  })

  it('--otp CODE --user NAME is an offer from the CLI', () => {
    expect(cliCodeOffers(context({ otp: '492 039', user: 'alice' }))).toEqual([
      { user: 'alice', source: 'cli', code: '492039' }
    ])
    expect(cliCodeOffers(context({ user: 'alice' }))).toEqual([])
  })

  it('--otp without --user, or malformed, is a usage error', () => {
    expect(() => cliCodeOffers(context({ otp: '492039' }))).toThrow(/--otp needs --user NAME/)
    expect(() => cliCodeOffers(context({ otp: '49203', user: 'alice' }))).toThrow(
      ConfigurationError
    )
  })

  it('reads the secrets from MXDEPLOY_TOTP_SECRETS unless --totp-secrets is given', async () => {
    const env = { MXDEPLOY_TOTP_SECRETS: 'alice: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }
    expect((await cliTotpSecrets(context({}, env))).users).toEqual(['alice'])
    await expect(
      cliTotpSecrets(context({ 'totp-secrets': '/nonexistent.yml' }, env))
    ).rejects.toThrow(/TOTP secrets file \/nonexistent.yml does not exist/)
    await expect(cliTotpSecrets(context({}))).rejects.toThrow(/no TOTP secrets/)
  })
})
