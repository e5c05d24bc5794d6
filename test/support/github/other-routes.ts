import type { IncomingMessage } from 'node:http'
import type { ApiResponse } from './api-types.js'
import type { Outcome } from './dispatch.js'
import type { Faults } from './faults.js'
import { assetForStorage, storagePath } from './handlers/assets.js'
import type { OidcIssuer } from './oidc.js'
import type { StandInState } from './state/state.js'
import type { Urls } from './urls.js'

export interface OtherContext {
  state: StandInState
  urls: Urls
  oidc: OidcIssuer
  faults: Faults
  violation(message: string): void
}

/** Fault routes for what is not in GitHub's REST description. */
export const STORAGE_ROUTE = 'GET /_storage/release-assets/{asset_id}'
export const ID_TOKEN_ROUTE = 'GET /_services/pipelines/idtoken'

/**
 * Everything outside the REST API: the OIDC provider, asset storage (where downloads are
 * redirected to) and `browser_download_url`s.
 */
export function serveOther(context: OtherContext, message: IncomingMessage, url: URL): Outcome {
  const method = message.method ?? 'GET'
  const path = url.pathname
  const wellKnown = new URL(context.oidc.issuer).pathname + '/.well-known/'
  if (method === 'GET' && path === `${wellKnown}openid-configuration`) {
    return respond(200, context.oidc.discovery())
  }
  if (method === 'GET' && path === `${wellKnown}jwks`) return respond(200, context.oidc.jwks())
  if (method === 'GET' && path === new URL(context.oidc.requestUrl).pathname) {
    const fault = context.faults.take(ID_TOKEN_ROUTE)
    if (fault?.fault === 'reset') return { kind: 'reset' }
    if (fault?.fault === 'status') return respond(fault.status, { message: 'Server Error' })
    if (message.headers.authorization !== `Bearer ${context.oidc.requestToken}`) {
      return respond(401, { message: 'Unauthorized' })
    }
    const audience = url.searchParams.get('audience') ?? undefined
    return respond(200, { value: context.oidc.mint(audience) })
  }
  if (method === 'GET' && path.startsWith('/_storage/')) {
    const found = assetForStorage(context.state, url)
    if (!found) return respond(403, { message: 'Request has expired or the signature is wrong' })
    const fault = context.faults.take(STORAGE_ROUTE)
    if (fault?.fault === 'reset' && fault.when === 'before-response') return { kind: 'reset' }
    if (fault?.fault === 'status') return respond(fault.status, { message: 'Server Error' })
    found.asset.downloadCount++
    const response: ApiResponse = {
      status: 200,
      bytes: found.asset.bytes,
      contentType: 'application/octet-stream',
      headers: { 'content-disposition': `attachment; filename=${found.asset.name}` }
    }
    return fault?.fault === 'reset'
      ? { kind: 'respond-then-reset', response }
      : { kind: 'respond', response }
  }
  const download = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(path)
  if (method === 'GET' && download) {
    const [, owner, name, tag, file] = download.map((part) => decodeURIComponent(part))
    const repo = context.state.findRepo(owner ?? '', name ?? '')
    const release = repo?.releases.find((r) => r.tagName === tag && !r.draft)
    const asset = release?.assets.find((a) => a.name === file)
    if (!asset) return respond(404, { message: 'Not Found' })
    return {
      kind: 'respond',
      response: {
        status: 302,
        headers: { location: `${context.urls.storage}${storagePath(asset.id)}` }
      }
    }
  }
  context.violation(
    `${method} ${path}: not a GitHub URL the stand-in knows (the REST API is under ${context.urls.api})`
  )
  return respond(404, { message: 'Not Found' })
}

function respond(status: number, body: unknown): Outcome {
  return { kind: 'respond', response: { status, body } }
}
