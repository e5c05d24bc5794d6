import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser, type Browser } from './support/browser.js'
import { dashboardApp, type DashboardApp } from './support/dashboard-app.js'

// The dashboard as a person sees it: built by the CLI from an app with five packages, 40 stories,
// a rollback and a failed deploy, opened from file:// in Debian's Chromium. Screenshots are kept
// in test-results/dashboard/ (gitignored), so a run's output can be looked at.
const SHOTS = new URL('../../test-results/dashboard/', import.meta.url).pathname

let app: DashboardApp
let browser: Browser
let page: Page
/** The page's file:// URL, without any #fragment a test navigated to. */
let url: string

beforeAll(async () => {
  app = await dashboardApp()
  const run = await app.cli(['dashboard', '--out', join(app.dir, 'site'), '--json'])
  mkdirSync(SHOTS, { recursive: true })
  browser = await openBrowser()
  page = browser.page
  url = pathToFileURL(JSON.parse(run.stdout).index as string).href
  await page.goto(url)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  app?.cleanup()
})

/** The text of the visible story articles' headings. */
async function shownStories(): Promise<string[]> {
  return page.locator('#story-results .story:visible h3').allInnerTexts()
}

describe('the dashboard in a browser', () => {
  it('shows what runs in each environment, in promotion order, and the failed deploy', async () => {
    const columns = page.locator('.board > li')
    expect(await page.locator('header.site').innerText()).toContain(
      'packages from file:.mxdeploy/packages'
    )
    expect(await columns.locator('h3').allInnerTexts()).toEqual([
      'test',
      'acceptance',
      'production'
    ])
    expect(await columns.locator('.version').allInnerTexts()).toEqual([
      '1.0.0.5',
      '1.0.0.4',
      '1.0.0.2'
    ])
    const production = page.locator('[data-environment="production"].env')
    await expect.poll(() => production.getAttribute('class')).toContain('failed')
    const failure = await production.locator('.last.failure').innerText()
    expect(failure).toContain('Last operation failed: deploy 1.0.0.4')
    // The markup the deploy command printed is shown as text, and never ran.
    expect(failure).toContain('<img src=x onerror=document.title=1> disk full')
    expect(await page.title()).toBe('hello: environments and deployments')
    expect(await production.innerText()).toMatch(
      /Rolled back\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC by grace/
    )
    expect(await production.locator('a[href="https://hello.example.com/"]').count()).toBe(1)
    expect(await production.locator('.badges').innerText()).toContain('two-factor required')
    // The rollback passed the second factor on the session grace's code opened.
    expect(await production.locator('.facts').innerText()).toMatch(
      /Two-factor\s+grace \(8-hour session\)/
    )
  })

  it('shows the pending promotion to production and the stories it would bring', async () => {
    const pending = page.locator('article.pending[data-to="production"]')
    expect(await pending.locator('h3').innerText()).toMatch(
      /^1\.0\.0\.4\s+acceptance\s*→\s*to\s*production$/
    )
    expect(await pending.innerText()).toContain('Replaces 1.0.0.2')
    const stories = await pending.locator('.story-list a').allInnerTexts()
    // Since production's last deployment (the rollback to 1.0.0.2): the stories of 1.0.0.3 and 1.0.0.4.
    expect(stories.sort()).toEqual(Array.from({ length: 16 }, (_, i) => `ABC-${i + 15}`).sort())
    expect(await pending.locator('a', { hasText: 'ABC-20' }).getAttribute('href')).toBe(
      'https://jira.example.com/browse/ABC-20'
    )
    const next = page.locator('article.pending[data-to="acceptance"]')
    expect(await next.locator('.story-list a').count()).toBe(10)
  })

  it('finds a story: the packages that contain it and the environments that run it', async () => {
    const search = page.getByLabel('Story ID')
    await search.fill('abc-12')
    expect(await shownStories()).toEqual(['ABC-12'])
    const found = await page.locator('#story-results .story:visible').innerText()
    expect(found).toContain('production runs 1.0.0.2')
    expect(found).toContain('test runs 1.0.0.5')
    expect(found).toMatch(/1\.0\.0\.2 names it/)
    await search.fill('ABC-40')
    const newest = await page.locator('#story-results .story:visible').innerText()
    expect(newest).toContain('Without it: acceptance (1.0.0.4), production (1.0.0.2)')
    await search.fill('ABC-3')
    expect(await page.locator('#story-count').innerText()).toBe('11 stories match ABC-3')
    const matches = await shownStories()
    expect(matches[0]).toBe('ABC-3')
    expect(matches.slice(1).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `ABC-${i + 30}`))
    // A link to a story opens the page with its search made.
    await page.goto(`${url}#story=ABC-7`)
    await page.reload()
    expect(await shownStories()).toEqual(['ABC-7'])
    await search.fill('XYZ-1')
    expect(await page.locator('#story-count').innerText()).toBe('No story matches XYZ-1')
    expect(await shownStories()).toEqual([])
  })

  it('filters the history by operation and by result', async () => {
    const rows = page.locator('table.history tbody tr:visible')
    expect(await rows.count()).toBe(14)
    await page.getByLabel('Operation').selectOption('rollback')
    expect(await rows.count()).toBe(1)
    expect(await rows.innerText()).toContain('production')
    await page.getByLabel('Operation').selectOption('')
    await page.getByLabel('Result').selectOption('failure')
    expect(await rows.count()).toBe(1)
    expect(await rows.innerText()).toMatch(/1\.0\.0\.4\s+✗ failed\s+grace/)
    // The first line of the error, the rest (the command's output, as text) one click away.
    await rows.getByText('the deploy command exited with 1:').click()
    expect(await rows.locator('details.error').innerText()).toContain(
      '<img src=x onerror=document.title=1> disk full'
    )
    expect(await page.locator('#history-count').innerText()).toBe('1 of 14 operations shown')
    await page.getByLabel('Result').selectOption('')
  })

  it('draws the DORA charts with their numbers', async () => {
    expect(await page.locator('#metrics svg[role="img"]').count()).toBe(3)
    const captions = await page.locator('#metrics figcaption').allInnerTexts()
    expect(captions[1]).toMatch(/Lead time from commit to production: median \d/)
    const failure = await page.locator('#chart-failure-desc').textContent()
    expect(failure).toBe('test: 0%; acceptance: 0%; production: 50%')
  })

  it('can be used with the keyboard alone, with a visible focus', async () => {
    await page.goto(url)
    await page.keyboard.press('Tab')
    const skip = await page.evaluate('document.activeElement?.textContent')
    expect(skip).toBe('Skip to the content')
    await page.keyboard.press('Enter')
    // Tab on from the content until the story search has the focus.
    let id = ''
    for (let i = 0; i < 200 && id !== 'story-search'; i++) {
      await page.keyboard.press('Tab')
      id = String(await page.evaluate("document.activeElement?.id ?? ''"))
      const outline = await page.evaluate(
        '(({ outlineStyle, outlineWidth }) => `${outlineStyle} ${outlineWidth}`)(getComputedStyle(document.activeElement))'
      )
      expect(outline, `focus on ${id}`).toMatch(/^solid [1-9]/)
    }
    expect(id).toBe('story-search')
    await page.keyboard.type('ABC-21')
    expect(await shownStories()).toEqual(['ABC-21'])
  })

  it('has no console errors, and is kept as screenshots at desktop and phone widths', async () => {
    await page.goto(url)
    await page.evaluate('window.scrollTo(0, 0)')
    await page.screenshot({ path: join(SHOTS, 'desktop.png') })
    await page.screenshot({ path: join(SHOTS, 'desktop-full.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: join(SHOTS, 'desktop-dark.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width: 390, height: 844 })
    // On a phone nothing is wider than the screen: wide tables scroll inside their own region.
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth'
    )
    expect(overflow).toBe(0)
    await page.screenshot({ path: join(SHOTS, 'phone.png'), fullPage: true })
    expect(browser.problems).toEqual([])
  })
})
