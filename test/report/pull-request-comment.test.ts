import { describe, expect, it } from 'vitest'
import {
  COMMENT_MAX_CHARS,
  DEPLOYMENTS_MARKER,
  deploymentsCommentApp,
  deploymentsMarker,
  isDeploymentsComment,
  renderDeploymentsComment,
  type EnvironmentDeployment
} from '../../src/report/pull-request-comment.js'
import { hasCmarkGfm, renderGfm, tagNames } from './support/gfm.js'
import { HOSTILE } from './support/hostile.js'

const test: EnvironmentDeployment = {
  environment: 'test',
  environmentUrl: 'https://test.example.com',
  packageVersion: '1.2.0.15',
  status: 'success',
  time: '2024-05-01T12:34:56Z',
  runUrl: 'https://github.com/acme/hello/actions/runs/1',
  stories: [
    { id: 'ABC-1', url: 'https://jira.example.com/browse/ABC-1' },
    { id: '#7', url: null }
  ]
}
const production: EnvironmentDeployment = {
  environment: 'production',
  packageVersion: '1.2.0.14',
  status: 'failure',
  time: '2024-05-02T08:00:00Z',
  stories: []
}

const manyStories = (n: number): EnvironmentDeployment['stories'] =>
  Array.from({ length: n }, (_, i) => ({
    id: `STORY-${i + 1}`,
    url: `https://jira.example.com/browse/STORY-${i + 1}`
  }))

function tableRows(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| (Environment|---) /.test(line))
}

describe('renderDeploymentsComment', () => {
  it('starts with the marker and shows one row per environment, in order', () => {
    expect(renderDeploymentsComment({ app: 'hello', deployments: [test, production] })).toBe(
      [
        '<!-- mxdeploy:deployments app=hello -->',
        '### Deployments of hello',
        '',
        '| Environment | Package | Status | Time | Stories |',
        '| --- | --- | --- | --- | --- |',
        '| [test](https://test.example.com) | 1\\.2\\.0\\.15 | [✅ deployed](https://github.com/acme/hello/actions/runs/1) | 2024-05-01 12:34 UTC | [ABC\\-1](https://jira.example.com/browse/ABC-1), \\#\u200b7 |',
        '| production | 1\\.2\\.0\\.14 | ❌ failed | 2024-05-02 08:00 UTC | — |',
        ''
      ].join('\n')
    )
  })

  it('says so when no environment runs the commits yet', () => {
    expect(renderDeploymentsComment({ app: 'hello', deployments: [] })).toContain(
      'No environment runs a package with these commits yet.'
    )
  })

  it('cuts the stories of each row first to stay under 65,536 characters, and says what it cut', () => {
    const deployments = ['test', 'acceptance', 'production'].map((environment) => ({
      ...test,
      environment,
      stories: manyStories(5_000)
    }))
    const body = renderDeploymentsComment({ app: 'hello', deployments })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(body.startsWith(deploymentsMarker('hello'))).toBe(true)
    const rows = tableRows(body)
    expect(rows).toHaveLength(3)
    const shown = rows.map((row) => (row.match(/\[STORY\\-\d+\]/g) ?? []).length)
    const more = rows.map((row) => Number(/\+([\d,]+) more/.exec(row)![1]!.replace(/,/g, '')))
    for (let i = 0; i < 3; i++) expect(shown[i]! + more[i]!).toBe(5_000)
    // The cap is the largest that fits: one story more per row would not.
    expect(shown[0]).toBeGreaterThan(100)
    const hidden = more.reduce((a, b) => a + b, 0)
    expect(body).toContain(
      `_Cut to stay under GitHub's 65,536-character limit for a comment: ${hidden.toLocaleString('en-US')} story links not shown. The job summaries of the runs list everything._`
    )
  })

  it('uses the room it has: the cut is the largest that fits', () => {
    const deployments = [{ ...test, stories: manyStories(200) }]
    const full = renderDeploymentsComment({ app: 'hello', deployments }, 1_000_000)
    expect(full).not.toContain('Cut to stay under')
    const limit = Math.floor(full.length / 2)
    const cut = renderDeploymentsComment({ app: 'hello', deployments }, limit)
    expect(cut.length).toBeLessThanOrEqual(limit)
    const shown = (tableRows(cut)[0]!.match(/\[STORY/g) ?? []).length
    expect(shown).toBeGreaterThan(0)
    // One more link ("[STORY\-123](https://jira.example.com/browse/STORY-123), ") would not fit.
    expect(limit - cut.length).toBeLessThan(60)
    expect(cut).toContain(`${200 - shown} story links not shown`)
  })

  it('drops the last environments when even rows without stories do not fit', () => {
    const deployments = Array.from({ length: 2_000 }, (_, i) => ({
      ...test,
      environment: `env-${String(i).padStart(4, '0')}`,
      stories: manyStories(3)
    }))
    const body = renderDeploymentsComment({ app: 'hello', deployments })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    const rows = tableRows(body)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.length).toBeLessThan(2_000)
    expect(rows[0]).toContain('[env\\-0000]')
    expect(rows.at(-1)).toContain(`[env\\-${String(rows.length - 1).padStart(4, '0')}]`)
    expect(body).toContain(
      `${(2_000 - rows.length).toLocaleString('en-US')} environments (the last ones) and ${(rows.length * 3).toLocaleString('en-US')} story links not shown`
    )
  })

  it('is the same text for the same input', () => {
    const input = {
      app: 'hello',
      deployments: [test, { ...production, stories: manyStories(9_000) }]
    }
    expect(renderDeploymentsComment(input)).toBe(renderDeploymentsComment(structuredClone(input)))
  })

  it.skipIf(!hasCmarkGfm && !process.env['CI'])(
    'renders hostile environment names, versions and story IDs as text in their cells',
    () => {
      const deployments = HOSTILE.map((text, i) => ({
        environment: text,
        environmentUrl: i % 2 ? 'javascript:alert(1)' : 'https://env.example.com',
        packageVersion: text,
        status: 'in-progress' as const,
        time: text,
        runUrl: 'https://github.com/acme/hello/actions/runs/1',
        stories: HOSTILE.map((id) => ({
          id,
          url: 'https://x.example.com/' + encodeURIComponent(id)
        }))
      }))
      const body = renderDeploymentsComment({ app: HOSTILE[2]!, deployments })
      expect(body.split('<!--')).toHaveLength(2) // only the marker is an HTML comment
      expect(isDeploymentsComment(body)).toBe(true)
      const html = renderGfm(body)
      const allowed = /^<\/?(h3|p|table|thead|tbody|tr|th|td|a|em)$/
      expect(tagNames(html).filter((t) => !allowed.test(t))).toEqual([])
      expect(html.match(/<tr>/g)).toHaveLength(HOSTILE.length + 1)
      expect(html.match(/<td>/g)).toHaveLength(HOSTILE.length * 5)
      expect(html).not.toMatch(/href="(?!https:\/\/(x|env)\.example\.com|https:\/\/github\.com)/)
    }
  )
})

describe('isDeploymentsComment', () => {
  it('recognises a body by the marker at its start only', () => {
    expect(isDeploymentsComment(`${DEPLOYMENTS_MARKER}\n### Deployments`)).toBe(true)
    expect(isDeploymentsComment(`${deploymentsMarker('hello')}\n### Deployments`)).toBe(true)
    expect(isDeploymentsComment(`quoted:\n${DEPLOYMENTS_MARKER}`)).toBe(false)
    expect(isDeploymentsComment(null)).toBe(false)
  })

  it('tells whose comment it is: the app of its marker, "" before markers named the app', () => {
    const odd = 'crm --> <b>x</b> ü'
    expect(deploymentsMarker(odd)).toBe(
      '<!-- mxdeploy:deployments app=crm%20--%3E%20%3Cb%3Ex%3C%2Fb%3E%20%C3%BC -->'
    )
    expect(deploymentsCommentApp(`${deploymentsMarker(odd)}\n### Deployments`)).toBe(odd)
    expect(deploymentsCommentApp(`${DEPLOYMENTS_MARKER}\r\n### Deployments`)).toBe('')
    expect(deploymentsCommentApp('<!-- mxdeploy:deployments app=%E0 -->')).toBeUndefined()
    expect(deploymentsCommentApp('<!-- mxdeploy:deployments app= -->')).toBeUndefined()
    expect(deploymentsCommentApp('### Deployments')).toBeUndefined()
  })
})
