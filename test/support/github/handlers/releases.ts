import { createHash } from 'node:crypto'
import {
  notFound,
  unprocessable,
  validationFailed,
  type HandlerContext,
  type Route
} from '../api-types.js'
import { paginate } from '../pagination.js'
import { repoApi, repoHtml } from '../render/repository.js'
import { simpleUser } from '../render/users.js'
import type { AssetRecord, ReleaseRecord } from '../state/records.js'
import type { RepoState } from '../state/repo.js'
import { nodeId, timestamp } from '../urls.js'
import { bodyOf, idParam, json, noContent, optionalString, repoOf } from './common.js'

/** GitHub's `release`. */
export function renderRelease(context: HandlerContext, repo: RepoState, release: ReleaseRecord) {
  const api = `${repoApi(context.urls, repo)}/releases/${release.id}`
  const uploads = `${context.urls.uploads}/repos/${repo.fullName}/releases/${release.id}/assets`
  const tag = encodeURIComponent(release.tagName)
  return {
    url: api,
    html_url: `${repoHtml(context.urls, repo)}/releases/${release.draft ? `tag/untagged-${release.id}` : `tag/${tag}`}`,
    assets_url: `${api}/assets`,
    upload_url: `${uploads}{?name,label}`,
    tarball_url: release.draft ? null : `${repoApi(context.urls, repo)}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${repoApi(context.urls, repo)}/zipball/${tag}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: simpleUser(context.urls, context.state.user(release.author)),
    assets: release.assets.map((asset) => renderAsset(context, repo, release, asset))
  }
}

/** GitHub's `release-asset`. */
export function renderAsset(
  context: HandlerContext,
  repo: RepoState,
  release: ReleaseRecord,
  asset: AssetRecord
) {
  const tag = encodeURIComponent(release.tagName)
  return {
    url: `${repoApi(context.urls, repo)}/releases/assets/${asset.id}`,
    browser_download_url: `${repoHtml(context.urls, repo)}/releases/download/${tag}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.bytes.length,
    digest: `sha256:${createHash('sha256').update(asset.bytes).digest('hex')}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(context.urls, context.state.user(asset.uploader))
  }
}

function releaseOf(repo: RepoState, id: number): ReleaseRecord {
  const release = repo.releases.find((r) => r.id === id)
  if (!release) throw notFound()
  return release
}

/**
 * Refuses to change the assets of an immutable release, as GitHub does: "Cannot upload assets
 * to an immutable release" is GitHub's upload answer; the other wordings are the stand-in's.
 */
export function assertMutable(release: ReleaseRecord, doing: string): void {
  if (release.immutable) throw unprocessable(`Cannot ${doing} an immutable release`)
}

/** The release holding an asset, and the asset. */
export function findAsset(repo: RepoState, id: number) {
  for (const release of repo.releases) {
    const asset = release.assets.find((a) => a.id === id)
    if (asset) return { release, asset }
  }
  throw notFound()
}

/** Publishing creates the tag, at `target_commitish`, if it does not exist yet. */
function publish(repo: RepoState, release: ReleaseRecord): void {
  release.publishedAt = timestamp()
  release.immutable = repo.immutableReleases
  if (repo.refs.has(`refs/tags/${release.tagName}`)) return
  const sha = repo.resolveCommit(release.targetCommitish)
  if (!sha) throw validationFailed('Release', 'invalid', 'target_commitish')
  repo.refs.set(`refs/tags/${release.tagName}`, sha)
}

function newestFirst(repo: RepoState): ReleaseRecord[] {
  return [...repo.releases].reverse()
}

export const releaseRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/releases',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const page = paginate(newestFirst(repo), request)
      const body = page.items.map((release) => renderRelease(context, repo, release))
      return json(200, body, page.headers)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/releases',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const body = bodyOf(request)
      const tagName = String(body.tag_name)
      if (repo.releases.some((r) => r.tagName === tagName)) {
        throw validationFailed('Release', 'already_exists', 'tag_name')
      }
      const now = timestamp()
      const release: ReleaseRecord = {
        id: context.state.nextId(),
        tagName,
        targetCommitish: optionalString(body.target_commitish) ?? repo.defaultBranch,
        name: optionalString(body.name) ?? null,
        body: optionalString(body.body) ?? null,
        draft: body.draft === true,
        prerelease: body.prerelease === true,
        author: request.user.login,
        createdAt: now,
        publishedAt: null,
        updatedAt: now,
        assets: [],
        immutable: false
      }
      if (!release.draft) publish(repo, release)
      repo.releases.push(release)
      return json(201, renderRelease(context, repo, release), {
        location: `${repoApi(context.urls, repo)}/releases/${release.id}`
      })
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/releases/{release_id}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      return json(
        200,
        renderRelease(context, repo, releaseOf(repo, idParam(request, 'release_id')))
      )
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/releases/tags/{tag}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      // Drafts have no tag yet: GitHub does not find them by tag.
      const release = repo.releases.find((r) => r.tagName === request.params.tag && !r.draft)
      if (!release) throw notFound()
      return json(200, renderRelease(context, repo, release))
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/releases/latest',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const release = newestFirst(repo).find((r) => !r.draft && !r.prerelease)
      if (!release) throw notFound()
      return json(200, renderRelease(context, repo, release))
    }
  },
  {
    route: 'PATCH /repos/{owner}/{repo}/releases/{release_id}',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const release = releaseOf(repo, idParam(request, 'release_id'))
      const body = bodyOf(request)
      const tagName = optionalString(body.tag_name)
      // GitHub checks the target before changing anything: a refused update leaves the draft.
      const target = optionalString(body.target_commitish) ?? release.targetCommitish
      const tagged = repo.refs.has(`refs/tags/${tagName ?? release.tagName}`)
      if (body.draft === false && release.draft && !tagged && !repo.resolveCommit(target)) {
        throw validationFailed('Release', 'invalid', 'target_commitish')
      }
      if (tagName && tagName !== release.tagName) {
        if (repo.releases.some((r) => r.tagName === tagName)) {
          throw validationFailed('Release', 'already_exists', 'tag_name')
        }
        release.tagName = tagName
      }
      release.targetCommitish = optionalString(body.target_commitish) ?? release.targetCommitish
      if ('name' in body) release.name = optionalString(body.name) ?? null
      if ('body' in body) release.body = optionalString(body.body) ?? null
      if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease
      if (body.draft === false && release.draft) {
        release.draft = false
        publish(repo, release)
      } else if (body.draft === true) {
        release.draft = true
      }
      release.updatedAt = timestamp()
      return json(200, renderRelease(context, repo, release))
    }
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/releases/{release_id}',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const release = releaseOf(repo, idParam(request, 'release_id'))
      // The tag stays, as on GitHub.
      repo.releases.splice(repo.releases.indexOf(release), 1)
      return noContent()
    }
  }
]
