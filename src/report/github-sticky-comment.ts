import { OperationError } from '../errors.js'
import { COMMENT_MAX_CHARS, deploymentsCommentApp } from './pull-request-comment.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/**
 * The login the token acts as: `github-actions[bot]` for the workflow's token, the app's bot or
 * the user otherwise. GraphQL's `viewer` answers for every kind of token (REST's GET /user
 * refuses installation tokens).
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  const answer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
  return answer.viewer.login
}

export interface StickyCommentRequest {
  octokit: Octokit
  owner: string
  repo: string
  /** The pull request (or issue) number. */
  number: number
  /** The app whose comment it is: two apps of one repository keep a comment each. */
  app: string
  /** The whole body; it starts with the app's deployments marker. */
  body: string
  /** The token's own login (see tokenLogin): only its own comment is ever edited. */
  login: string
}

export type StickyCommentResult = { action: 'created' | 'updated' | 'unchanged'; url: string }

const PERMISSION = 'pull-requests: write'

/**
 * Keeps one deployments comment per pull request and app: the first comment that starts with the
 * app's marker AND was written by the token's own user is updated in place (anyone can paste the
 * marker into a comment of their own; those are left alone); failing that, the first own comment
 * with the marker of before apps were named, which was the one app's; else a new one is created.
 */
export async function upsertStickyComment(
  request: StickyCommentRequest
): Promise<StickyCommentResult> {
  const { octokit, owner, repo, number, body, login, app } = request
  if (body.length > COMMENT_MAX_CHARS) {
    throw new OperationError(
      `the deployments comment for #${number} has ${body.length} characters, more than GitHub's ${COMMENT_MAX_CHARS}`
    )
  }
  const existing = await withPermission(
    'pull-requests: read',
    `read the comments of #${number}`,
    async () => {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100
      })
      let unnamed: { id: number; body?: string; html_url: string } | undefined
      for await (const page of pages) {
        for (const comment of page.data) {
          if (comment.user?.login !== login) continue
          const of = deploymentsCommentApp(comment.body)
          if (of === app) return comment
          if (of === '') unnamed ??= comment
        }
      }
      return unnamed
    }
  )
  if (existing?.body === body) return { action: 'unchanged', url: existing.html_url }
  if (existing) {
    const { data } = await withPermission(PERMISSION, `update comment ${existing.id}`, () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
    )
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await withPermission(PERMISSION, `comment on #${number}`, () =>
    octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
  )
  return { action: 'created', url: data.html_url }
}
