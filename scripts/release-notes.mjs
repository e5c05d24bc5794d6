// The text of a mxdeploy GitHub release: how to use this version (actions, CLI), the SHA-256 of
// each asset, and the version's section of CHANGELOG.md when it has one.
import { existsSync, readFileSync } from 'node:fs'

/**
 * The section of a Keep a Changelog file for `version` (`## [1.2.3]`, `## 1.2.3` or
 * `## v1.2.3`, up to the next `## `), without its heading; undefined when there is none.
 * @param {string} text
 * @param {string} version
 * @returns {string | undefined}
 */
export function changelogSection(text, version) {
  const escaped = version.replace(/[.+]/g, '\\$&')
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s|$)`)
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((line) => heading.test(line))
  if (start < 0) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => line.startsWith('## '))
  const section = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
  return section || undefined
}

/**
 * The section of the CHANGELOG.md at `path` for `version`, if the file and the section exist.
 * @param {string} path
 * @param {string} version
 * @returns {string | undefined}
 */
export function readChangelogSection(path, version) {
  return existsSync(path) ? changelogSection(readFileSync(path, 'utf8'), version) : undefined
}

/**
 * The release body.
 * @param {object} facts
 * @param {string} facts.tag the release's tag, `v1.2.3`
 * @param {string | undefined} facts.majorTag the major tag that follows it (`v1`), if it moves
 * @param {string} facts.repository `owner/name`
 * @param {string} facts.serverUrl `https://github.com` or a GHES origin
 * @param {{ name: string, sha256: string }[]} facts.assets
 * @param {string | undefined} facts.changelog
 * @returns {string}
 */
export function releaseNotes({ tag, majorTag, repository, serverUrl, assets, changelog }) {
  const download = `${serverUrl}/${repository}/releases/download/${tag}`
  const tarball = assets.find((asset) => asset.name.endsWith('.tgz'))
  const lines = []
  if (changelog) lines.push(changelog, '')
  lines.push('## Using this version', '')
  lines.push(
    `- Actions: \`uses: ${repository}/actions/build@${tag}\` (and \`publish\`, \`stage\`, ` +
      `\`trace\`, \`dashboard\`)` +
      (majorTag ? `, or \`@${majorTag}\`, which follows every ${majorTag}.x.y release.` : '.')
  )
  if (tarball) {
    lines.push(
      `- CLI (Node 20 or later): \`npm install --global ${download}/${tarball.name}\`, ` +
        `or without installing: \`npx --package=${download}/${tarball.name} mxdeploy --help\`.`
    )
  }
  lines.push('', '## SHA-256', '', '```')
  for (const asset of assets) lines.push(`${asset.sha256}  ${asset.name}`)
  lines.push('```', '')
  return lines.join('\n')
}
