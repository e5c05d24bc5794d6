import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

/**
 * The browser: MXDEPLOY_CHROMIUM, else Debian's Chromium (.ci/run and scripts/test-tools.mjs
 * install it), else the Google Chrome that GitHub's Ubuntu runners come with.
 */
export const CHROMIUM =
  process.env['MXDEPLOY_CHROMIUM'] ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
    existsSync(path)
  ) ??
  '/usr/bin/chromium'

/** How Chromium must start on these machines: no sandbox, GPU, network chatter or first-run UI. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface Browser {
  context: BrowserContext
  page: Page
  /** Console errors, failed requests and uncaught exceptions the page has produced. */
  problems: string[]
  close: () => Promise<void>
}

/** Debian's Chromium with a fresh profile, one page, and every problem the page reports kept. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'mxdeploy-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 }
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
