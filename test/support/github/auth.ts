import { randomBytes } from 'node:crypto'

/** Repository permissions of a fine-grained token or `GITHUB_TOKEN`, as workflow YAML names them. */
export type Scope =
  | 'actions'
  | 'administration'
  | 'contents'
  | 'deployments'
  | 'issues'
  | 'metadata'
  | 'pull_requests'
  | 'statuses'
export type Level = 'read' | 'write'
/** `deployments:write` and the like. */
export type Permission = `${Scope}:${Level}`
export type Permissions = Partial<Record<Scope, Level>>

export interface TokenOptions {
  /** Login of the user (or bot) the token acts as; default `github-actions[bot]`. */
  user?: string
  /** What it may do; default everything. `metadata: read` is always granted, as on GitHub. */
  permissions?: Permissions | 'all'
}

interface TokenEntry {
  user: string
  permissions: Permissions | 'all'
}

export type Authentication =
  | { ok: true; token: string; user: string }
  | { ok: false; message: 'Requires authentication' | 'Bad credentials' }

/** The tokens the stand-in accepts and what each may do. */
export class Tokens {
  private readonly entries = new Map<string, TokenEntry>()

  /** Registers a token (a fresh `ghs_…` one unless given) and returns it. */
  add(options: TokenOptions & { token?: string } = {}): string {
    const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`
    this.entries.set(token, {
      user: options.user ?? 'github-actions[bot]',
      permissions: options.permissions ?? 'all'
    })
    return token
  }

  /** Reads `Authorization: token …` or `Bearer …`, as GitHub accepts both. */
  authenticate(header: string | undefined): Authentication {
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
    if (!match?.[1]) return { ok: false, message: 'Requires authentication' }
    const entry = this.entries.get(match[1])
    if (!entry) return { ok: false, message: 'Bad credentials' }
    return { ok: true, token: match[1], user: entry.user }
  }

  /** True if the token holds one of `needed` (write implies read). */
  allows(token: string, needed: Permission | Permission[]): boolean {
    const entry = this.entries.get(token)
    if (!entry) return false
    if (entry.permissions === 'all') return true
    const granted: Permissions = { metadata: 'read', ...entry.permissions }
    return asList(needed).some((permission) => {
      const [scope, level] = permission.split(':') as [Scope, Level]
      const has = granted[scope]
      return has === 'write' || (has === 'read' && level === 'read')
    })
  }
}

/** GitHub's `x-accepted-github-permissions` value: `deployments=write`, alternatives by `; `. */
export function acceptedPermissionsHeader(needed: Permission | Permission[]): string {
  return asList(needed)
    .map((permission) => permission.replace(':', '='))
    .join('; ')
}

function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value]
}
