import { describe, expect, it } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }

describe('GitHub stand-in: git refs and tags', () => {
  const stand = useGitHubStandIn()

  it('creates, reads, lists and deletes a ref', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const sha = gh.repo().commit('Add MDA build')
    const created = await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/hello-1.0.0', sha })
    expect(created.status).toBe(201)
    expect(created.data.object).toMatchObject({ type: 'commit', sha })
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/hello-1.0.1', sha })
    const read = await octokit.rest.git.getRef({ ...repo, ref: 'tags/hello-1.0.0' })
    expect(read.data.ref).toBe('refs/tags/hello-1.0.0')
    const matching = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'tags/hello-1.0' })
    expect(matching.data.map((r) => r.ref)).toEqual([
      'refs/tags/hello-1.0.0',
      'refs/tags/hello-1.0.1'
    ])
    await octokit.rest.git.deleteRef({ ...repo, ref: 'tags/hello-1.0.0' })
    expect(gh.repo().refs.has('refs/tags/hello-1.0.0')).toBe(false)
    const missing = await failureOf(octokit.rest.git.getRef({ ...repo, ref: 'tags/hello-1.0.0' }))
    expect(missing.status).toBe(404)
  })

  it('answers 422 for an existing ref, an unknown object, a bad name and a missing ref', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const head = gh.repo().resolveCommit('main')!
    const cases = [
      [
        octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: head }),
        'Reference already exists'
      ],
      [
        octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/x', sha: 'f'.repeat(40) }),
        'Object does not exist'
      ],
      [
        octokit.rest.git.createRef({ ...repo, ref: 'main2', sha: head }),
        'main2 is not a valid ref name.'
      ],
      [octokit.rest.git.deleteRef({ ...repo, ref: 'tags/none' }), 'Reference does not exist'],
      [
        octokit.rest.git.updateRef({ ...repo, ref: 'tags/none', sha: head }),
        'Reference does not exist'
      ]
    ] as const
    for (const [call, message] of cases) {
      const failure = await failureOf(call)
      expect(failure.status).toBe(422)
      expect(failure.data.message).toBe(message)
    }
  })

  it('moves a branch only forward unless forced', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const old = gh.repo().resolveCommit('main')!
    const next = gh.repo().commit('next')
    const back = await failureOf(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: old })
    )
    expect(back.data.message).toBe('Update is not a fast forward')
    const forced = await octokit.rest.git.updateRef({
      ...repo,
      ref: 'heads/main',
      sha: old,
      force: true
    })
    expect(forced.data.object.sha).toBe(old)
    const forward = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: next })
    expect(forward.data.object.sha).toBe(next)
  })

  it('creates an annotated tag object and points a ref at it', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const sha = gh.repo().resolveCommit('main')!
    const tag = await octokit.rest.git.createTag({
      ...repo,
      tag: 'hello-2.0.0',
      message: 'hello 2.0.0',
      object: sha,
      type: 'commit'
    })
    expect(tag.data.object.sha).toBe(sha)
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/hello-2.0.0', sha: tag.data.sha })
    const ref = await octokit.rest.git.getRef({ ...repo, ref: 'tags/hello-2.0.0' })
    expect(ref.data.object).toMatchObject({ type: 'tag', sha: tag.data.sha })
    const read = await octokit.rest.git.getTag({ ...repo, tag_sha: tag.data.sha })
    expect(read.data.message).toBe('hello 2.0.0')
    expect(gh.repo().resolveCommit('hello-2.0.0')).toBe(sha)
  })
})
