import { execFileSync } from 'node:child_process'

/** The code Debian's oathtool (an implementation independent of mxdeploy's) makes now + offset. */
export function oathtool(secret: string, offsetSeconds = 0): string {
  const at = `@${Math.floor(Date.now() / 1000) + offsetSeconds}`
  return execFileSync('oathtool', ['--totp', '-b', '-N', at, secret], { encoding: 'utf8' }).trim()
}

/** A 6-digit code that is none of the secret's codes from 5 minutes ago to 5 minutes ahead. */
export function wrongCode(secret: string): string {
  const near = new Set(Array.from({ length: 21 }, (_, i) => oathtool(secret, (i - 10) * 30)))
  let candidate = Number(oathtool(secret, 3600))
  while (near.has(String(candidate).padStart(6, '0'))) candidate = (candidate + 7919) % 1_000_000
  return String(candidate).padStart(6, '0')
}
