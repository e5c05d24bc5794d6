import { OperationError } from '../errors.js'
import { COMMENT_MAX_CHARS, isDeploymentsComment } from './pull-request-comment.js'
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
  /** The whole body; it starts with the deployments marker. */
  body: string
  /** The token's own login (see tokenLogin): only its own comment is ever edited. */
  login: string
}

export type StickyCommentResult = { action: 'created' | 'updated' | 'unchanged'; url: string }

const PERMISSION = 'pull-requests: write'

/**
 * Keeps one deployments comment per pull request: the first comment that starts with the marker
 * AND was written by the token's own user is updated in place (anyone can paste the marker into
 * a comment of their own; those are left alone), else a new one is created.
 */
export async function upsertStickyComment(
  request: StickyCommentRequest
): Promise<StickyCommentResult> {
  const { octokit, owner, repo, number, body, login } = request
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
      for await (const page of pages) {
        const own = page.data.find(
          (comment) => comment.user?.login === login && isDeploymentsComment(comment.body)
        )
        if (own) return own
      }
      return undefined
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
