import { notFound, unprocessable, type HandlerContext, type Route } from '../api-types.js'
import { repoApi } from '../render/repository.js'
import type { RepoState } from '../state/repo.js'
import { hash } from '../state/git-graph.js'
import type { TagRecord } from '../state/records.js'
import { nodeId, timestamp } from '../urls.js'
import { bodyOf, json, noContent, optionalString, repoOf } from './common.js'

/** GitHub's `git-ref`. */
function renderRef(context: HandlerContext, repo: RepoState, name: string, sha: string) {
  const api = repoApi(context.urls, repo)
  const type = repo.tags.has(sha) ? 'tag' : 'commit'
  return {
    ref: name,
    node_id: nodeId('Ref', `${repo.id}:${name}`),
    url: `${api}/git/${name}`,
    object: { type, sha, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` }
  }
}

/** GitHub's `git-tag`. */
function renderTag(context: HandlerContext, repo: RepoState, tag: TagRecord) {
  const api = repoApi(context.urls, repo)
  return {
    node_id: nodeId('Tag', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { ...tag.object, url: `${api}/git/commits/${tag.object.sha}` },
    verification: {
      verified: false,
      reason: 'unsigned',
      payload: null,
      signature: null,
      verified_at: null
    }
  }
}

function objectExists(repo: RepoState, sha: string): boolean {
  return repo.commits.has(sha) || repo.tags.has(sha)
}

/** The tag of an immutable release cannot be moved or deleted (the wording is the stand-in's). */
function assertTagMutable(repo: RepoState, name: string): void {
  const tag = name.replace(/^refs\/tags\//, '')
  if (
    name.startsWith('refs/tags/') &&
    repo.releases.some((r) => r.immutable && r.tagName === tag)
  ) {
    throw unprocessable(`${name} belongs to an immutable release and cannot be changed`)
  }
}

/** `heads/main` in the URL names `refs/heads/main`. */
function refName(ref: string | undefined): string {
  return `refs/${(ref ?? '').replace(/^refs\//, '')}`
}

export const gitRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const name = refName(request.params.ref)
      const sha = repo.refs.get(name)
      if (!sha) throw notFound()
      return json(200, renderRef(context, repo, name, sha))
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const prefix = refName(request.params.ref)
      const names = [...repo.refs.keys()].filter((name) => name.startsWith(prefix)).sort()
      const body = names.map((name) => renderRef(context, repo, name, repo.refs.get(name) ?? ''))
      return json(200, body)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/git/refs',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const body = bodyOf(request)
      const name = String(body.ref)
      const sha = String(body.sha)
      if (!/^refs\/[^/]+\/.+/.test(name)) throw unprocessable(`${name} is not a valid ref name.`)
      if (repo.refs.has(name)) throw unprocessable('Reference already exists')
      if (!objectExists(repo, sha)) throw unprocessable('Object does not exist')
      repo.refs.set(name, sha)
      const rendered = renderRef(context, repo, name, sha)
      return json(201, rendered, { location: rendered.url })
    }
  },
  {
    route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const name = refName(request.params.ref)
      const body = bodyOf(request)
      const sha = String(body.sha)
      const current = repo.refs.get(name)
      if (!current) throw unprocessable('Reference does not exist')
      assertTagMutable(repo, name)
      if (!objectExists(repo, sha)) throw unprocessable('Object does not exist')
      const from = repo.resolveCommit(current)
      const to = repo.resolveCommit(sha)
      const fastForward = from !== undefined && to !== undefined && repo.ancestors(to).has(from)
      if (body.force !== true && !fastForward) throw unprocessable('Update is not a fast forward')
      repo.refs.set(name, sha)
      return json(200, renderRef(context, repo, name, sha))
    }
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const name = refName(request.params.ref)
      if (repo.refs.has(name)) assertTagMutable(repo, name)
      if (!repo.refs.delete(name)) throw unprocessable('Reference does not exist')
      return noContent()
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/git/tags',
    permission: 'contents:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const body = bodyOf(request)
      const object = String(body.object)
      if (!objectExists(repo, object)) throw unprocessable('Object does not exist')
      const tagger = (body.tagger ?? {}) as Record<string, unknown>
      const tag: TagRecord = {
        sha: hash(`tag:${repo.fullName}:${String(body.tag)}:${object}:${context.state.nextId()}`),
        tag: String(body.tag),
        message: String(body.message),
        object: { sha: object, type: body.type as TagRecord['object']['type'] },
        tagger: {
          name: optionalString(tagger.name) ?? request.user.login,
          email: optionalString(tagger.email) ?? `${request.user.login}@users.noreply.example.com`,
          date: optionalString(tagger.date) ?? timestamp()
        }
      }
      repo.tags.set(tag.sha, tag)
      const rendered = renderTag(context, repo, tag)
      return json(201, rendered, { location: rendered.url })
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const tag = repo.tags.get(request.params.tag_sha ?? '')
      if (!tag) throw notFound()
      return json(200, renderTag(context, repo, tag))
    }
  }
]
