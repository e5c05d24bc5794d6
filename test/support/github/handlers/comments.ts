import { ApiError, notFound, type HandlerContext, type Route } from '../api-types.js'
import { paginate } from '../pagination.js'
import { repoApi, repoHtml } from '../render/repository.js'
import { simpleUser } from '../render/users.js'
import type { CommentRecord } from '../state/records.js'
import type { RepoState } from '../state/repo.js'
import { nodeId, timestamp } from '../urls.js'
import { bodyOf, idParam, json, noContent, repoOf } from './common.js'

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65536

/** GitHub's `issue-comment`. */
function renderComment(context: HandlerContext, repo: RepoState, comment: CommentRecord) {
  const api = repoApi(context.urls, repo)
  const user = context.state.user(comment.user)
  const page = repo.pulls.has(comment.issueNumber) ? 'pull' : 'issues'
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${repoHtml(context.urls, repo)}/${page}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(context.urls, user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
    reactions: {
      url: `${api}/issues/comments/${comment.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0
    }
  }
}

function checkedBody(value: unknown): string {
  const text = String(value)
  if (text.length > MAX_COMMENT_LENGTH) {
    throw new ApiError(422, 'Validation Failed', [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`
      }
    ])
  }
  return text
}

function commentOf(repo: RepoState, id: number): CommentRecord {
  const comment = repo.comments.find((c) => c.id === id)
  if (!comment) throw notFound()
  return comment
}

export const commentRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: ['issues:read', 'pull_requests:read'],
    handle(request, context) {
      const repo = repoOf(request, context)
      const number = idParam(request, 'issue_number')
      if (!repo.hasIssue(number)) throw notFound()
      const since = request.query.get('since')
      const comments = repo.comments.filter(
        (c) => c.issueNumber === number && (!since || c.updatedAt >= since)
      )
      const page = paginate(comments, request)
      const body = page.items.map((comment) => renderComment(context, repo, comment))
      return json(200, body, page.headers)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: ['issues:write', 'pull_requests:write'],
    handle(request, context) {
      const repo = repoOf(request, context)
      const number = idParam(request, 'issue_number')
      if (!repo.hasIssue(number)) throw notFound()
      const now = timestamp()
      const comment: CommentRecord = {
        id: context.state.nextId(),
        issueNumber: number,
        body: checkedBody(bodyOf(request).body),
        user: request.user.login,
        createdAt: now,
        updatedAt: now
      }
      repo.comments.push(comment)
      const rendered = renderComment(context, repo, comment)
      return json(201, rendered, { location: rendered.url })
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: ['issues:read', 'pull_requests:read'],
    handle(request, context) {
      const repo = repoOf(request, context)
      return json(
        200,
        renderComment(context, repo, commentOf(repo, idParam(request, 'comment_id')))
      )
    }
  },
  {
    route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: ['issues:write', 'pull_requests:write'],
    handle(request, context) {
      const repo = repoOf(request, context)
      const comment = commentOf(repo, idParam(request, 'comment_id'))
      comment.body = checkedBody(bodyOf(request).body)
      comment.updatedAt = timestamp()
      return json(200, renderComment(context, repo, comment))
    }
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: ['issues:write', 'pull_requests:write'],
    handle(request, context) {
      const repo = repoOf(request, context)
      const comment = commentOf(repo, idParam(request, 'comment_id'))
      repo.comments.splice(repo.comments.indexOf(comment), 1)
      return noContent()
    }
  }
]
