import { ApiError, notFound, type HandlerContext, type Route } from '../api-types.js'
import { paginate } from '../pagination.js'
import { fullRepository, repoApi, repoHtml } from '../render/repository.js'
import { simpleUser } from '../render/users.js'
import type { PullRecord } from '../state/records.js'
import type { RepoState } from '../state/repo.js'
import { nodeId } from '../urls.js'
import { json, repoOf } from './common.js'

/** GitHub's `commit`. */
function renderCommit(context: HandlerContext, repo: RepoState, sha: string) {
  const commit = repo.commits.get(sha)
  if (!commit) throw notFound()
  const api = repoApi(context.urls, repo)
  const html = repoHtml(context.urls, repo)
  const account = commit.authorLogin
    ? simpleUser(context.urls, context.state.user(commit.authorLogin))
    : null
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: nodeId('Commit', sha),
    html_url: `${html}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        payload: null,
        signature: null,
        verified_at: null
      }
    },
    author: account,
    committer: account,
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api}/commits/${parent}`,
      html_url: `${html}/commit/${parent}`
    }))
  }
}

/** GitHub's `pull-request-simple`. */
function renderPull(context: HandlerContext, repo: RepoState, pull: PullRecord) {
  const api = repoApi(context.urls, repo)
  const html = repoHtml(context.urls, repo)
  const user = simpleUser(context.urls, context.state.user(pull.user))
  const side = (ref: string, sha: string) => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    repo: fullRepository(context.urls, repo),
    user: simpleUser(context.urls, repo.owner)
  })
  const link = (href: string) => ({ href })
  const self = `${api}/pulls/${pull.number}`
  return {
    url: self,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: `${html}/pull/${pull.number}`,
    diff_url: `${html}/pull/${pull.number}.diff`,
    patch_url: `${html}/pull/${pull.number}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user,
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head.ref, pull.head.sha),
    base: side(pull.base.ref, pull.base.sha),
    _links: {
      comments: link(`${api}/issues/${pull.number}/comments`),
      commits: link(`${self}/commits`),
      statuses: link(`${api}/statuses/${pull.head.sha}`),
      html: link(`${html}/pull/${pull.number}`),
      issue: link(`${api}/issues/${pull.number}`),
      review_comments: link(`${self}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      self: link(self)
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false
  }
}

/** Without paging parameters GitHub returns the newest 250 commits; with them, pages of 250 at most. */
const COMPARE_LIMIT = 250

function compare(context: HandlerContext, repo: RepoState, base: string, head: string) {
  return (request: Parameters<Route['handle']>[0]) => {
    const baseSha = repo.resolveCommit(base)
    const headSha = repo.resolveCommit(head)
    if (!baseSha || !headSha) throw notFound()
    const { ahead, behind } = repo.commitsBetween(baseSha, headSha)
    const paged = request.query.has('page') || request.query.has('per_page')
    const page = paged
      ? paginate(ahead, request, { max: COMPARE_LIMIT })
      : { items: ahead.slice(-COMPARE_LIMIT), headers: {} }
    const status =
      ahead.length === 0 && behind.length === 0
        ? 'identical'
        : behind.length === 0
          ? 'ahead'
          : ahead.length === 0
            ? 'behind'
            : 'diverged'
    const html = repoHtml(context.urls, repo)
    const range = `${base}...${head}`
    const owner = repo.owner.login
    const body = {
      url: `${repoApi(context.urls, repo)}/compare/${range}`,
      html_url: `${html}/compare/${range}`,
      permalink_url: `${html}/compare/${owner}:${baseSha.slice(0, 7)}...${owner}:${headSha.slice(0, 7)}`,
      diff_url: `${html}/compare/${range}.diff`,
      patch_url: `${html}/compare/${range}.patch`,
      base_commit: renderCommit(context, repo, baseSha),
      merge_base_commit: renderCommit(context, repo, repo.mergeBase(baseSha, headSha) ?? baseSha),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: page.items.map((sha) => renderCommit(context, repo, sha)),
      files: []
    }
    return json(200, body, page.headers)
  }
}

/** The filters of the commit list the stand-in does not model; asking for one is a 501. */
const UNMODELLED_FILTERS = ['path', 'author', 'committer', 'since', 'until']

export const commitRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/commits',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const filter = UNMODELLED_FILTERS.find((name) => request.query.has(name))
      if (filter) throw new ApiError(501, `the stand-in does not filter commits by ${filter}`)
      const head = repo.resolveCommit(request.query.get('sha') ?? repo.defaultBranch)
      if (!head) throw notFound()
      // Newest first, as GitHub lists them.
      const shas = [...repo.ancestors(head)].sort(
        (a, b) => (repo.commits.get(b)?.seq ?? 0) - (repo.commits.get(a)?.seq ?? 0)
      )
      const page = paginate(shas, request)
      const body = page.items.map((sha) => renderCommit(context, repo, sha))
      return json(200, body, page.headers)
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/compare/{basehead}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const [base, head, extra] = (request.params.basehead ?? '').split('...')
      if (!base || !head || extra !== undefined) throw notFound()
      return compare(context, repo, base, head)(request)
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/compare/{base}...{head}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      return compare(context, repo, request.params.base ?? '', request.params.head ?? '')(request)
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/commits/{ref}',
    permission: 'contents:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const sha = repo.resolveCommit(request.params.ref ?? '')
      if (!sha) throw notFound()
      return json(200, renderCommit(context, repo, sha))
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    permission: ['pull_requests:read', 'contents:read'],
    handle(request, context) {
      const repo = repoOf(request, context)
      const sha = repo.resolveCommit(request.params.commit_sha ?? '')
      if (!sha) throw notFound()
      const pulls = [...repo.pulls.values()].filter((pull) => pull.commits.includes(sha))
      const page = paginate(pulls, request)
      const body = page.items.map((pull) => renderPull(context, repo, pull))
      return json(200, body, page.headers)
    }
  }
]
