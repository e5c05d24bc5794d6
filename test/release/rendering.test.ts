import { describe, expect, test } from 'vitest'
import { publishSummary } from '../../src/actions/publish/summary.js'
import { recordFromNotes, releaseNotes } from '../../src/repository/github-release/release-notes.js'
import type { PackageRecord } from '../../src/repository/package-repository.js'
import { compileStoryPatterns } from '../../src/stories/story-patterns.js'
import { hasCmarkGfm, renderGfm, tagNames } from '../report/support/gfm.js'
import { HOSTILE } from '../report/support/hostile.js'

const base: PackageRecord = {
  app: 'hello',
  version: '1.2.0.7',
  sha256: 'a'.repeat(64),
  size: 1234,
  runtimeVersion: '10.24.8.80126',
  modelVersion: '1.2.0.7',
  commit: 'b'.repeat(40),
  branch: 'main',
  createdAt: '2026-03-01T10:00:00.000Z',
  createdBy: 'octocat',
  stories: ['ABC-1', '#12'],
  url: 'https://github.com/octo-org/hello/releases/download/hello-v1.2.0.7/hello_1.2.0.7.mda'
}
const links = { server: 'https://github.com', repository: 'octo-org/hello' }

// Only these tags may come out of the markdown; anything else came from untrusted text.
const ALLOWED = new Set([
  '<p',
  '</p',
  '<ul',
  '</ul',
  '<li',
  '</li',
  '<strong',
  '</strong',
  '<code',
  '</code',
  '<a',
  '</a',
  '<h3',
  '</h3',
  '<table',
  '</table',
  '<thead',
  '</thead',
  '<tbody',
  '</tbody',
  '<tr',
  '</tr',
  '<th',
  '</th',
  '<td',
  '</td'
])

describe.skipIf(!hasCmarkGfm)('rendered by cmark-gfm, hostile text stays text', () => {
  test.each(HOSTILE)('release notes and job summary with %j', (text) => {
    const record = { ...base, branch: text, createdBy: text, stories: [text, 'ABC-1'] }
    const notes = releaseNotes(record, { patterns: compileStoryPatterns(undefined), links })
    const summary = publishSummary({ record, created: true }, 'github-release', links)
    for (const markdown of [notes.slice(0, notes.indexOf('<!-- mxdeploy:package')), summary]) {
      const html = renderGfm(markdown)
      expect(tagNames(html).filter((tag) => !ALLOWED.has(tag))).toEqual([])
      // Links only to the package, the commit and GitHub issues: none made from the text.
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        expect(href).toMatch(/^https:\/\/github\.com\/octo-org\/hello\/(releases|commit|issues)\//)
      }
    }
    expect(recordFromNotes(notes, 'hello-v1.2.0.7')).toEqual(record)
  })
})
