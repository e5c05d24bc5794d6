import { ConfigurationError } from '../../errors.js'

/** An image's platform as image-index's `platform` and image config's fields name it. */
export interface Platform {
  os: string
  architecture: string
  variant?: string
}

/** The platform an image is built for when nothing is said and the base offers several. */
export const DEFAULT_PLATFORM = 'linux/amd64'

const PLATFORM = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/

/** `os/architecture[/variant]`, as Docker's `--platform` writes it. */
export function platformText(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

/** Parses `os/architecture[/variant]`; `what` names the setting for the message. */
export function parsePlatform(text: string, what: string): Platform {
  const match = PLATFORM.exec(text)
  if (!match) {
    throw new ConfigurationError(
      `${what} "${text}" is not a platform: write OS/ARCHITECTURE[/VARIANT], such as linux/amd64 or linux/arm64`
    )
  }
  return { os: match[1]!, architecture: match[2]!, ...(match[3] ? { variant: match[3] } : {}) }
}

/**
 * Whether an image of `offered` serves `wanted`: same OS and architecture, and the same variant
 * when one is asked for (image-index: "the first matching entry SHOULD be used").
 */
export function platformMatches(wanted: Platform, offered: Platform): boolean {
  return (
    wanted.os === offered.os &&
    wanted.architecture === offered.architecture &&
    (wanted.variant === undefined || wanted.variant === offered.variant)
  )
}

/** A descriptor's `platform`, if it is one (BuildKit's attestations say `unknown/unknown`). */
export function descriptorPlatform(value: unknown): Platform | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { os, architecture, variant } = value as Record<string, unknown>
  if (typeof os !== 'string' || typeof architecture !== 'string') return undefined
  if (os === 'unknown' || architecture === 'unknown') return undefined
  return { os, architecture, ...(typeof variant === 'string' && variant ? { variant } : {}) }
}
