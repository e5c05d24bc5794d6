// Cuts a mxdeploy release through GitHub's REST API (.github/workflows/release.yml runs it):
// tags vX.Y.Z at the commit, creates the release as a draft, uploads its assets, publishes it,
// and moves the major tag vX to it. The release is complete before it is published, which is
// the only order GitHub's immutable releases accept; every step first looks at what is there,
// so a run that stopped halfway can be run again.
// Usage: node scripts/release.mjs [--version X.Y.Z] ASSET...
//   env: GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY, GITHUB_SHA; optional GITHUB_API_URL,
//   GITHUB_SERVER_URL, GITHUB_OUTPUT (gets tag, major-tag and release-url).
//   The version defaults to package.json's. Exit 2 when the input is wrong, 1 when GitHub fails.
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { repoRoot } from './action-files.mjs'
import { readChangelogSection, releaseNotes } from './release-notes.mjs'
import { compareVersions, parseVersion, ReleaseInputError } from './release-versions.mjs'

export { compareVersions, parseVersion, ReleaseInputError }

/**
 * @typedef {import('@octokit/rest').Octokit} Client
 * @typedef {{ owner: string, repo: string }} Repo
 * @typedef {{ name: string, bytes: Buffer, sha256: string }} Asset
 * @typedef {Awaited<ReturnType<Client['rest']['repos']['getRelease']>>['data']} Release
 */

/**
 * The commit a tag names (through an annotated tag object), or undefined when there is no tag.
 * @param {Client} octokit
 * @param {Repo} repo
 * @param {string} tag
 * @returns {Promise<string | undefined>}
 */
async function tagCommit(octokit, repo, tag) {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `tags/${tag}` })
    if (data.object.type !== 'tag') return data.object.sha
    const annotated = await octokit.rest.git.getTag({ ...repo, tag_sha: data.object.sha })
    return annotated.data.object.sha
  } catch (error) {
    if (/** @type {{ status?: number }} */ (error).status === 404) return undefined
    throw error
  }
}

/**
 * Tags `sha` as `tag` unless the tag is there; a tag at another commit is refused.
 * @param {Client} octokit
 * @param {Repo} repo
 * @param {string} tag
 * @param {string} sha
 * @returns {Promise<'created' | 'unchanged'>}
 */
async function ensureTag(octokit, repo, tag, sha) {
  const current = await tagCommit(octokit, repo, tag)
  if (current === sha) return 'unchanged'
  if (current) {
    throw new ReleaseInputError(
      `${tag} already tags ${current}, not ${sha}: a released version is never moved; ` +
        'raise the version in package.json and release again'
    )
  }
  await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha })
  return 'created'
}

/**
 * The release of `tag`, draft or published (drafts are not found by tag, so the list is read).
 * @param {Client} octokit
 * @param {Repo} repo
 * @param {string} tag
 * @returns {Promise<Release | undefined>}
 */
async function findRelease(octokit, repo, tag) {
  const releases = await octokit.paginate(octokit.rest.repos.listReleases, {
    ...repo,
    per_page: 100
  })
  return releases.find((release) => release.tag_name === tag)
}

/**
 * Whether an uploaded asset holds these bytes (by its digest, else by its size).
 * @param {{ size: number, digest?: string | null }} uploaded
 * @param {Asset} asset
 */
function sameBytes(uploaded, asset) {
  if (uploaded.digest) return uploaded.digest === `sha256:${asset.sha256}`
  return uploaded.size === asset.bytes.length
}

/** @param {string} name */
function contentType(name) {
  if (name.endsWith('.tgz')) return 'application/gzip'
  if (name.endsWith('.sha256') || name.endsWith('.txt')) return 'text/plain'
  return 'application/octet-stream'
}

/**
 * Gives a draft exactly these assets: keeps the right ones, replaces others, uploads the rest.
 * @param {Client} octokit
 * @param {Repo} repo
 * @param {Release} draft
 * @param {Asset[]} assets
 */
async function fillDraft(octokit, repo, draft, assets) {
  for (const asset of assets) {
    const uploaded = draft.assets.find((existing) => existing.name === asset.name)
    if (uploaded && sameBytes(uploaded, asset)) continue
    if (uploaded) await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: uploaded.id })
    // To the release's own upload_url: it names the uploads host, on GHES as on github.com.
    await octokit.request({
      method: 'POST',
      url: draft.upload_url,
      name: asset.name,
      data: asset.bytes,
      headers: { 'content-type': contentType(asset.name), 'content-length': asset.bytes.length }
    })
  }
}

/**
 * Points the major tag at `sha` unless a newer release of that major already holds it.
 * @param {Client} octokit
 * @param {Repo} repo
 * @param {string} version
 * @param {string} sha
 * @returns {Promise<'created' | 'moved' | 'unchanged' | 'kept'>} kept: a newer version has it
 */
async function moveMajorTag(octokit, repo, version, sha) {
  const major = `v${parseVersion(version).major}`
  const { data: refs } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${major}.` })
  const released = refs
    .map((ref) => /^refs\/tags\/v(\d+\.\d+\.\d+)$/.exec(ref.ref)?.[1])
    .filter((name) => name !== undefined)
  if (released.some((other) => compareVersions(other, version) > 0)) return 'kept'
  const current = await tagCommit(octokit, repo, major)
  if (current === sha) return 'unchanged'
  if (!current) {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${major}`, sha })
    return 'created'
  }
  await octokit.rest.git.updateRef({ ...repo, ref: `tags/${major}`, sha, force: true })
  return 'moved'
}

/**
 * Whether `version` is newer than every released `vX.Y.Z` tag (GitHub's "latest" release).
 * @param {Client} octokit
 * @param {Repo} repo
 * @param {string} version
 */
async function isNewest(octokit, repo, version) {
  const { data: refs } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'tags/v' })
  return refs
    .map((ref) => /^refs\/tags\/v(\d+\.\d+\.\d+)$/.exec(ref.ref)?.[1])
    .every((other) => other === undefined || compareVersions(other, version) <= 0)
}

/**
 * Cuts the release of `version` at `sha`: tag, draft, assets, publish, major tag.
 * @param {object} options
 * @param {Client} options.octokit
 * @param {string} options.repository `owner/name`
 * @param {string} options.sha the commit to release (its dist/ is what the actions run)
 * @param {string} options.version `X.Y.Z` (a `-prerelease` is released as such; v`X` stays)
 * @param {{ name: string, bytes: Buffer }[]} options.assets
 * @param {string} [options.serverUrl] for the links in the notes
 * @param {string} [options.changelog] the version's CHANGELOG.md section
 * @param {(line: string) => void} [options.log]
 */
export async function cutRelease(options) {
  const { octokit, sha, version } = options
  const log = options.log ?? (() => undefined)
  const [owner = '', name = ''] = options.repository.split('/')
  const repo = { owner, repo: name }
  const { major, prerelease } = parseVersion(version)
  const tag = `v${version}`
  const majorTag = prerelease ? undefined : `v${major}`
  const assets = options.assets.map((asset) => ({
    ...asset,
    sha256: createHash('sha256').update(asset.bytes).digest('hex')
  }))

  let release = await findRelease(octokit, repo, tag)
  if (release && !release.draft) {
    const stale = assets.filter(
      (a) => !release?.assets.some((u) => u.name === a.name && sameBytes(u, a))
    )
    if (stale.length > 0) {
      throw new ReleaseInputError(
        `${tag} is already published without ${stale.map((a) => a.name).join(', ')} as built ` +
          'now: a published release is never changed; raise the version and release again'
      )
    }
  }
  log(`${tag}: tag ${await ensureTag(octokit, repo, tag, sha)} at ${sha}`)
  if (!release) {
    const notes = releaseNotes({
      tag,
      majorTag,
      repository: options.repository,
      serverUrl: options.serverUrl ?? 'https://github.com',
      assets,
      changelog: options.changelog
    })
    const created = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: tag,
      target_commitish: sha,
      name: tag,
      body: notes,
      draft: true,
      prerelease: prerelease !== undefined
    })
    release = created.data
    log(`${tag}: draft release created`)
  }
  if (release.draft) {
    await fillDraft(octokit, repo, release, assets)
    log(`${tag}: assets ${assets.map((asset) => asset.name).join(', ')} in place`)
    const latest = !prerelease && (await isNewest(octokit, repo, version))
    const published = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      draft: false,
      make_latest: latest ? 'true' : 'false'
    })
    release = published.data
    log(`${tag}: published ${release.html_url}`)
  } else {
    log(`${tag}: already published with these assets ${release.html_url}`)
  }
  const moved = majorTag ? await moveMajorTag(octokit, repo, version, sha) : undefined
  if (majorTag)
    log(`${majorTag}: ${moved} (${moved === 'kept' ? 'a newer release holds it' : sha})`)
  return { tag, majorTag, majorTagMove: moved, releaseUrl: release.html_url }
}

/** The command line, as the release workflow runs it. */
async function main() {
  const { values, positionals } = parseArgs({
    options: { version: { type: 'string' } },
    allowPositionals: true
  })
  const env = process.env
  const token = env.GITHUB_TOKEN || env.GH_TOKEN
  const missing = ['GITHUB_REPOSITORY', 'GITHUB_SHA'].filter((key) => !env[key])
  if (!token) missing.unshift('GITHUB_TOKEN')
  if (missing.length > 0) throw new ReleaseInputError(`set ${missing.join(', ')}`)
  if (positionals.length === 0) throw new ReleaseInputError('name the files to attach')
  const absent = positionals.filter((path) => !existsSync(path))
  if (absent.length > 0) throw new ReleaseInputError(`no such file to attach: ${absent.join(', ')}`)
  const parsed = /** @type {unknown} */ (
    JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  )
  const pkg = /** @type {{ version: string }} */ (parsed)
  const version = values.version ?? pkg.version
  const ReleaseOctokit = Octokit.plugin(retry)
  const result = await cutRelease({
    octokit: new ReleaseOctokit({
      auth: token,
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      userAgent: `mxdeploy-release/${version}`
    }),
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    version,
    assets: positionals.map((path) => ({ name: basename(path), bytes: readFileSync(path) })),
    serverUrl: env.GITHUB_SERVER_URL,
    changelog: readChangelogSection(join(repoRoot, 'CHANGELOG.md'), version),
    log: (line) => console.log(line)
  })
  if (env.GITHUB_OUTPUT) {
    // major-tag: the major tag that now names this release, empty when it does not.
    const follows = result.majorTagMove !== undefined && result.majorTagMove !== 'kept'
    const lines = [`tag=${result.tag}`, `major-tag=${follows ? result.majorTag : ''}`]
    appendFileSync(env.GITHUB_OUTPUT, [...lines, `release-url=${result.releaseUrl}`, ''].join('\n'))
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((/** @type {unknown} */ error) => {
    const input = error instanceof ReleaseInputError
    console.error(`release failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = input ? 2 : 1
  })
}
