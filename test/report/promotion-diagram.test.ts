import { describe, expect, it } from 'vitest'
import type { EnvironmentConfig } from '../../src/config/types.js'
import { renderDeploymentSummary } from '../../src/report/deployment-summary.js'
import {
  promotionSteps,
  renderPromotionDiagram,
  type EnvironmentHolding
} from '../../src/report/promotion-diagram.js'
import { renderDeploymentsComment } from '../../src/report/pull-request-comment.js'
import { record } from '../dashboard/support/records.js'
import { hasCmarkGfm, renderGfm, tagNames } from './support/gfm.js'
import { HOSTILE } from './support/hostile.js'

type Env = Pick<EnvironmentConfig, 'name' | 'after' | 'protection'>

const open = { reviewers: 'none', preventSelfReview: false, mfa: 'none', sessionHours: 8 } as const
const env = (name: string, after?: string, protection: Partial<Env['protection']> = {}): Env => ({
  name,
  after,
  protection: { ...open, ...protection }
})
const LINE = [
  env('test'),
  env('acceptance', 'test'),
  env('production', 'acceptance', { reviewers: 'required', mfa: 'totp' })
]

function holding(map: Record<string, EnvironmentHolding>) {
  return (environment: string): EnvironmentHolding | undefined => map[environment]
}

describe('promotionSteps', () => {
  it('the package in test and acceptance waits for approval before production', () => {
    const ok = { version: '1.2.0.15', status: 'success' } as const
    const steps = promotionSteps(LINE, holding({ test: ok, acceptance: ok }))
    expect(steps.map((s) => [s.environment, s.state, s.version, s.waitsFor])).toEqual([
      ['test', 'deployed', '1.2.0.15', undefined],
      ['acceptance', 'deployed', '1.2.0.15', undefined],
      ['production', 'waiting', null, 'approval']
    ])
    expect(renderPromotionDiagram(steps)).toBe(
      [
        '```mermaid',
        'flowchart LR',
        '  e0["test ✅ 1.2.0.15"]',
        '  e1["acceptance ✅ 1.2.0.15"]',
        '  e2["production ⏳ waiting for approval"]',
        '  e0 --> e1',
        '  e1 --> e2',
        '```',
        ''
      ].join('\n')
    )
  })

  it('failed and running deployments, what comes next, what runs elsewhere, and branches', () => {
    const environments = [
      env('test'),
      env('acceptance', 'test'),
      env('training', 'test', { mfa: 'totp' }),
      env('production', 'acceptance'),
      env('dr', 'production')
    ]
    const steps = promotionSteps(
      environments,
      holding({
        test: { version: '2.0.0.1', status: 'success' },
        production: { version: '2.0.0.1', status: 'failure' }
      }),
      (environment) => (environment === 'dr' ? '1.9.0.3' : undefined)
    )
    expect(steps.map((s) => [s.environment, s.state, s.version, s.waitsFor])).toEqual([
      ['test', 'deployed', '2.0.0.1', undefined],
      ['acceptance', 'next', null, undefined],
      ['training', 'waiting', null, 'a second factor'],
      ['production', 'failed', '2.0.0.1', undefined],
      ['dr', 'other', '1.9.0.3', undefined]
    ])
    const diagram = renderPromotionDiagram(steps)
    expect(diagram).toContain('e1["acceptance ⏭ next"]')
    expect(diagram).toContain('e2["training ⏳ waiting for a second factor"]')
    expect(diagram).toContain('e3["production ❌ 2.0.0.1 failed"]')
    expect(diagram).toContain('e4["dr runs 1.9.0.3"]')
    expect(diagram).toContain('  e0 --> e2\n')
    expect(diagram).toContain('  e3 --> e4\n')
    const deploying = promotionSteps(
      [env('test')],
      holding({ test: { version: '2.0.0.2', status: 'in-progress' } })
    )
    expect(renderPromotionDiagram(deploying)).toContain('e0["test ⏳ 2.0.0.2 deploying"]')
    expect(renderPromotionDiagram([])).toBe('')
  })

  it('hostile versions cannot end a label, add to the graph, or close the fence', () => {
    for (const text of [...HOSTILE, '"] --> x["', '```\n# heading', 'a#quot;b']) {
      const diagram = renderPromotionDiagram(
        promotionSteps([env('test')], holding({ test: { version: text, status: 'success' } }))
      )
      const lines = diagram.trimEnd().split('\n')
      expect(lines, text).toHaveLength(4)
      expect(lines[2], text).toMatch(/^ {2}e0\["test ✅ [^"`<>\n]*"\]$/)
      // Every # starts an entity code, so none is text a renderer could read as one.
      expect(lines[2]!.match(/#/g)?.length ?? 0).toBe(lines[2]!.match(/#\d+;/g)?.length ?? 0)
    }
  })
})

describe.skipIf(!hasCmarkGfm)('the diagram in markdown, rendered by cmark-gfm', () => {
  const steps = promotionSteps(
    LINE,
    holding({
      test: { version: '1.2.0.15', status: 'success' },
      acceptance: { version: '<img src=x onerror=alert(1)>```', status: 'success' }
    })
  )

  it('is one code block of language mermaid, with no HTML of its own', () => {
    const html = renderGfm(renderPromotionDiagram(steps))
    expect(tagNames(html)).toEqual(['<pre', '<code', '</code', '</pre'])
    expect(html).toContain('<code class="language-mermaid">')
    expect(html).toContain('production ⏳ waiting for approval')
  })

  it('heads the stories in the stage summary', () => {
    const summary = renderDeploymentSummary({
      record: record({ environment: 'acceptance', version: '1.2.0.15' }),
      trace: null,
      promotion: steps
    })
    expect(summary).toMatch(/\n### Promotion\n\n```mermaid\n[\s\S]*```\n\n### Stories \(0\)/)
    const html = renderGfm(summary)
    expect(html.match(/<pre>/g)).toHaveLength(1)
    expect(html).toContain('<h3>Stories (0)</h3>')
  })

  it('comes before the table in the pull-request comment', () => {
    const comment = renderDeploymentsComment({
      app: 'hello',
      deployments: [
        {
          environment: 'test',
          packageVersion: '1.2.0.15',
          status: 'success',
          time: '2024-05-01T12:34:56Z',
          stories: []
        }
      ],
      promotion: steps
    })
    expect(comment).toMatch(/### Deployments of hello\n\n```mermaid\n[\s\S]*```\n\n\| Environment/)
    const html = renderGfm(comment)
    expect(html.match(/<pre>/g)).toHaveLength(1)
    expect(html.match(/<table>/g)).toHaveLength(1)
  })
})
