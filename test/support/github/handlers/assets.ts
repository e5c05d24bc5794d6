import { createHmac } from 'node:crypto'
import { notFound, validationFailed, type ApiResponse, type Route } from '../api-types.js'
import { paginate } from '../pagination.js'
import type { AssetRecord } from '../state/records.js'
import { timestamp } from '../urls.js'
import type { StandInState } from '../state/state.js'
import { bodyOf, idParam, json, noContent, optionalString, repoOf } from './common.js'
import { assertMutable, findAsset, renderAsset } from './releases.js'

/**
 * GitHub renames asset files with characters outside letters, digits, `.`, `-`, `_` and `+`,
 * and drops leading and trailing periods.
 */
export function assetName(name: string): string {
  return name.replace(/[^\w.+-]/g, '.').replace(/^\.+|\.+$/g, '')
}

const SIGNING_KEY = 'stand-in-storage'

/** A signed storage path, as GitHub redirects downloads to signed object-storage URLs. */
export function storagePath(assetId: number): string {
  const signature = createHmac('sha256', SIGNING_KEY).update(String(assetId)).digest('hex')
  return `/release-assets/${assetId}?sig=${signature.slice(0, 32)}`
}

/** The asset a storage URL names, if its signature is right. */
export function assetForStorage(
  state: StandInState,
  url: URL
): ReturnType<StandInState['findAsset']> {
  const match = /^\/_storage\/release-assets\/(\d+)$/.exec(url.pathname)
  if (!match) return undefined
  const id = Number(match[1])
  if (url.search !== storagePath(id).replace(/^[^?]*/, '')) return undefined
  return state.findAsset(id)
}

function download(request: { headers: { accept?: string } }): boolean {
  return (request.headers.accept ?? '').includes('application/octet-stream')
}

export const assetRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const release = repo.releases.find((r) => r.id === idParam(request, 'release_id'))
      if (!release) throw notFound()
      const page = paginate(release.assets, request)
      const body = page.items.map((asset) => renderAsset(context, repo, release, asset))
      return json(200, body, page.headers)
    }
  },
  {
    // Served on the uploads host only (the dispatcher enforces it), like uploads.github.com.
    route: 'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const release = repo.releases.find((r) => r.id === idParam(request, 'release_id'))
      if (!release) throw notFound()
      assertMutable(release, 'upload assets to')
      const name = assetName(request.query.get('name') ?? '')
      if (release.assets.some((asset) => asset.name === name)) {
        throw validationFailed('ReleaseAsset', 'already_exists', 'name')
      }
      const now = timestamp()
      const asset: AssetRecord = {
        id: context.state.nextId(),
        releaseId: release.id,
        name,
        label: request.query.get('label'),
        contentType: String(request.headers['content-type'] ?? 'application/octet-stream'),
        bytes: request.bytes,
        uploader: request.user.login,
        createdAt: now,
        updatedAt: now,
        downloadCount: 0
      }
      release.assets.push(asset)
      return json(201, renderAsset(context, repo, release, asset))
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    permission: 'contents:read',
    handle(request, context): ApiResponse {
      const repo = repoOf(request, context)
      const { release, asset } = findAsset(repo, idParam(request, 'asset_id'))
      if (download(request)) {
        // GitHub answers a download with a redirect to object storage; fetch follows it.
        return {
          status: 302,
          headers: { location: `${context.urls.storage}${storagePath(asset.id)}` }
        }
      }
      return json(200, renderAsset(context, repo, release, asset))
    }
  },
  {
    route: 'PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const { release, asset } = findAsset(repo, idParam(request, 'asset_id'))
      assertMutable(release, 'update assets of')
      const body = bodyOf(request)
      const name = optionalString(body.name)
      if (name && name !== asset.name) {
        if (release.assets.some((other) => other.name === assetName(name))) {
          throw validationFailed('ReleaseAsset', 'already_exists', 'name')
        }
        asset.name = assetName(name)
      }
      if ('label' in body) asset.label = optionalString(body.label) ?? null
      asset.updatedAt = timestamp()
      return json(200, renderAsset(context, repo, release, asset))
    }
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const { release, asset } = findAsset(repo, idParam(request, 'asset_id'))
      assertMutable(release, 'delete assets of')
      release.assets.splice(release.assets.indexOf(asset), 1)
      return noContent()
    }
  }
]
