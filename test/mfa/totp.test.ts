import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { enrol } from '../../src/mfa/enroll.js'
import { matchingStep, timeStep, totpCode, type TotpAlgorithm } from '../../src/mfa/totp.js'
import { ScureBase32Plugin } from 'otplib'
import { oathtoolCode } from './helpers.js'

const base32 = new ScureBase32Plugin()

// RFC 6238 appendix B: seeds per hash, and the 8-digit codes at each time, as the RFC prints them.
const SEEDS: Record<TotpAlgorithm, string> = {
  sha1: '12345678901234567890',
  sha256: '12345678901234567890123456789012',
  sha512: '1234567890123456789012345678901234567890123456789012345678901234'
}
const VECTORS: [number, string, string, TotpAlgorithm][] = [
  [59, '0000000000000001', '94287082', 'sha1'],
  [59, '0000000000000001', '46119246', 'sha256'],
  [59, '0000000000000001', '90693936', 'sha512'],
  [1111111109, '00000000023523EC', '07081804', 'sha1'],
  [1111111109, '00000000023523EC', '68084774', 'sha256'],
  [1111111109, '00000000023523EC', '25091201', 'sha512'],
  [1111111111, '00000000023523ED', '14050471', 'sha1'],
  [1111111111, '00000000023523ED', '67062674', 'sha256'],
  [1111111111, '00000000023523ED', '99943326', 'sha512'],
  [1234567890, '000000000273EF07', '89005924', 'sha1'],
  [1234567890, '000000000273EF07', '91819424', 'sha256'],
  [1234567890, '000000000273EF07', '93441116', 'sha512'],
  [2000000000, '0000000003F940AA', '69279037', 'sha1'],
  [2000000000, '0000000003F940AA', '90698825', 'sha256'],
  [2000000000, '0000000003F940AA', '38618901', 'sha512'],
  [20000000000, '0000000027BC86AA', '65353130', 'sha1'],
  [20000000000, '0000000027BC86AA', '77737706', 'sha256'],
  [20000000000, '0000000027BC86AA', '47863826', 'sha512']
]

describe('RFC 6238 appendix B', () => {
  it.each(VECTORS)(
    'at %i (T=%s) the code is %s with %s',
    async (time, hexStep, code, algorithm) => {
      const secret = new TextEncoder().encode(SEEDS[algorithm])
      const parameters = { algorithm, digits: 8, period: 30 }
      expect(timeStep(time, parameters)).toBe(parseInt(hexStep, 16))
      expect(await totpCode(secret, time, parameters)).toBe(code)
      expect(await matchingStep(secret, code, time, parameters)).toBe(parseInt(hexStep, 16))
    }
  )
})

describe('codes of an independent implementation (oathtool)', () => {
  const { secret } = enrol('alice')
  const bytes = base32.decode(secret)
  const times = [59, 1111111109, 1234567890, 1700000015, 2000000000, Math.floor(Date.now() / 1000)]

  it.each(times)('accepts the oathtool code at %i, and ours equals it', async (time) => {
    const code = oathtoolCode(secret, time)
    expect(code).toMatch(/^\d{6}$/)
    expect(await totpCode(bytes, time)).toBe(code)
    expect(await matchingStep(bytes, code, time)).toBe(timeStep(time))
  })

  it('accepts a code one step early or late (clock drift) and refuses two steps away', async () => {
    const now = 1700000015
    const step = timeStep(now)
    expect(await matchingStep(bytes, oathtoolCode(secret, now - 30), now)).toBe(step - 1)
    expect(await matchingStep(bytes, oathtoolCode(secret, now + 30), now)).toBe(step + 1)
    for (const offset of [-60, 60, -90, 90]) {
      const code = oathtoolCode(secret, now + offset)
      // Codes of different steps may collide by chance (1 in 10^6); only a real match is accepted.
      if (![-30, 0, 30].some((d) => oathtoolCode(secret, now + d) === code)) {
        expect(await matchingStep(bytes, code, now)).toBeUndefined()
      }
    }
  })

  it('is accepted by oathtool in its turn (our code validates with oathtool)', async () => {
    const now = 1234567890
    const ours = await totpCode(bytes, now)
    const out = execFileSync('oathtool', ['--totp', '-b', secret, '-N', `@${now}`, ours], {
      encoding: 'utf8'
    })
    expect(out.trim()).toBe('0')
  })

  it('refuses codes of the wrong length or with letters without asking otplib', async () => {
    for (const code of ['12345', '1234567', '12345a', '', ' 123456']) {
      expect(await matchingStep(bytes, code, 1234567890)).toBeUndefined()
    }
  })
})
