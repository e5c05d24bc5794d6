import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { renderDashboardPage } from '../../src/dashboard/html/page.js'
import type { DashboardModel } from '../../src/dashboard/model.js'
import { record } from './support/records.js'

const EVIL = '<img src=x onerror=alert(1)>"\'`&<script>alert(2)</script>\u202e'
const BAD_URL = 'javascript:alert(3)'

function hostileModel(): DashboardModel {
  const history = [
    record({
      environment: 'production',
      result: 'failure',
      actor: EVIL,
      approvers: [EVIL],
      error: `deploy failed\n${EVIL}`,
      runUrl: BAD_URL,
      commit: EVIL,
      stories: [EVIL],
      mfa: { method: 'totp', users: [{ user: EVIL, via: 'code' }] },
      version: EVIL
    })
  ]
  return {
    app: 'hello',
    generatedAt: '2024-05-15T12:00:00.000Z',
    repository: EVIL,
    links: { repository: 'acme/hello' },
    environments: [
      {
        name: 'production',
        after: undefined,
        url: BAD_URL,
        production: true,
        reviewers: true,
        mfa: true,
        running: {
          version: EVIL,
          sha256: EVIL,
          commit: EVIL,
          runtimeVersion: EVIL,
          operation: 'deploy',
          deployedAt: EVIL,
          deployedBy: EVIL,
          approvers: [EVIL],
          mfa: [{ user: EVIL, via: 'session' }],
          runUrl: BAD_URL
        },
        last: {
          operation: 'deploy',
          result: 'failure',
          time: EVIL,
          actor: EVIL,
          version: EVIL,
          error: EVIL,
          runUrl: BAD_URL
        }
      }
    ],
    pending: [
      {
        from: 'acceptance',
        to: 'production',
        version: EVIL,
        sha256: EVIL,
        commit: EVIL,
        replaces: EVIL,
        protectedBy: ['reviewers', 'mfa'],
        stories: [{ id: EVIL, url: BAD_URL }],
        commits: 3,
        note: EVIL
      }
    ],
    packages: [
      {
        version: EVIL,
        sha256: EVIL,
        commit: EVIL,
        createdAt: EVIL,
        createdBy: EVIL,
        runtimeVersion: EVIL,
        places: ['running']
      }
    ],
    history,
    stories: [
      {
        id: EVIL,
        url: BAD_URL,
        packages: [{ version: EVIL, createdAt: EVIL, basis: 'listed' }],
        environments: [{ environment: EVIL, version: EVIL, deployedAt: EVIL }],
        without: [{ environment: EVIL, version: null }]
      }
    ],
    metrics: {
      weeks: ['2024-05-13'],
      deploymentsPerWeek: [{ environment: EVIL, counts: [1] }],
      leadTime: {
        environment: EVIL,
        points: [{ time: '2024-05-15T12:00:00.000Z', version: EVIL, hours: 5 }],
        medianHours: 5,
        unknown: 0
      },
      changeFailure: [{ environment: EVIL, attempts: 1, failed: 1, rolledBack: 0, rate: 1 }]
    }
  }
}

// What the page is made of; anything else came from a record.
const ELEMENTS = new Set(
  (
    'html head meta title style body a header h1 h2 h3 h4 p nav ul ol li main section dl dt dd ' +
    'strong span code time div table caption thead tbody tr th td form label select option input ' +
    'datalist article figure figcaption svg desc g text line rect details summary footer script'
  ).split(' ')
)

function tags(page: string): string[] {
  return [...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase())
}

describe('the dashboard page', () => {
  const page = renderDashboardPage(hostileModel())

  it('escapes every text from records: no element, attribute or URL of theirs gets in', () => {
    expect(new Set(tags(page.replace(/<!doctype html>/i, '')))).toEqual(
      new Set([...tags(page)].filter((t) => ELEMENTS.has(t)))
    )
    expect(page).not.toMatch(/<img/i)
    expect(page.match(/<script/g)).toHaveLength(1)
    // Attribute values are quoted, and a quote inside one is an entity: drop them, then look.
    for (const tag of page.match(/<[a-z][^>]*>/gi)!) {
      expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+=/i)
    }
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(#|https:)/)
    expect(page).not.toContain('\u202e')
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&#96;&amp;&lt;script&gt;')
  })

  it('allows only its own script and stylesheet, by hash, and fetches nothing', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain(`script-src ${hash(script)}`)
    expect(policy).toContain(`style-src ${hash(style)}`)
    expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\/[^"]*\.(js|css|woff2?)"/)
  })

  it('is the same for the same model', () => {
    expect(renderDashboardPage(hostileModel())).toBe(page)
  })
})
