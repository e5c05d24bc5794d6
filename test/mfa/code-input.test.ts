import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { offerFromComment, offerFromOption, parseOtp } from '../../src/mfa/code-input.js'

describe('offerFromComment', () => {
  it.each([
    ['492039', '492039'],
    ['LGTM 492039', '492039'],
    ['code: 492039.', '492039'],
    ['(492039)', '492039'],
    ['fixes ABC-12, code 492039', '492039'],
    ['Approved for release 1.2.0\n\n492039\n', '492039'],
    ['492039 — same code again: 492039', '492039']
  ])('finds the code in %j', (comment, code) => {
    expect(offerFromComment('alice', comment)).toEqual({ user: 'alice', source: 'comment', code })
  })

  it.each([
    ['', /no 6-digit code/],
    ['LGTM', /no 6-digit code/],
    ['ticket 12345 and build 1234567', /no 6-digit code/],
    ['version 1.492039 is fine', /no 6-digit code/],
    ['see PR-492039 and abc492039', /no 6-digit code/],
    ['story ABC-492039, issue #492039, https://github.com/o/r/pull/492039', /no 6-digit code/],
    ['492 039', /with a space in it/],
    ['492039 or 118842', /2 different 6-digit numbers; write only the code/]
  ])('gives no code for %j, with the reason', (comment, reason) => {
    const offer = offerFromComment('alice', comment)
    expect(offer).not.toHaveProperty('code')
    expect('problem' in offer && offer.problem).toMatch(reason)
    // The reason never quotes the numbers: one of them may be a code.
    expect('problem' in offer && offer.problem).not.toMatch(/492|039|118842/)
  })

  it('treats a missing comment as no code', () => {
    expect(offerFromComment('alice', null)).toMatchObject({ problem: /no 6-digit code/ })
  })
})

describe('parseOtp and offerFromOption', () => {
  it('accepts 6 digits, with the space authenticator apps show', () => {
    expect(parseOtp('492039', '--otp')).toBe('492039')
    expect(parseOtp(' 492 039 ', '--otp')).toBe('492039')
  })

  it.each(['49203', '4920391', '49203a', 'abcdef', ''])(
    'refuses %j without echoing it',
    (value) => {
      expect(() => parseOtp(value, '--otp')).toThrow(ConfigurationError)
      try {
        parseOtp(value, '--otp')
      } catch (error) {
        expect((error as Error).message).toMatch(/--otp must be the 6-digit code/)
        if (value) expect((error as Error).message).not.toContain(value)
      }
    }
  )

  it('needs --user with --otp, and a valid user name', () => {
    expect(offerFromOption('492039', 'alice')).toEqual({
      user: 'alice',
      source: 'cli',
      code: '492039'
    })
    expect(() => offerFromOption('492039', undefined)).toThrow(/--otp needs --user NAME/)
    expect(() => offerFromOption('492039', 'al ice')).toThrow(/--user "al ice" is not a user name/)
  })
})
