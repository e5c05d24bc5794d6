import { createHash } from 'node:crypto'
import { markup, trusted } from '../../html/escape.js'
import type { DashboardModel } from '../model.js'
import { boardHtml } from './board-html.js'
import { CLIENT_SCRIPT } from './client-script.js'
import { timeHtml } from './format.js'
import { historyHtml } from './history-html.js'
import { metricsHtml } from './metrics-html.js'
import { promotionHtml } from './promotion-html.js'
import { storiesHtml } from './stories-html.js'
import { STYLES } from './styles.js'

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

// Nothing is fetched: no network request, no frame, no form that posts. The one script and the
// one stylesheet are allowed by their hashes, so markup that slipped through escaping runs nothing.
const POLICY = [
  "default-src 'none'",
  `script-src ${hash(CLIENT_SCRIPT)}`,
  `style-src ${hash(STYLES)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

const SECTIONS = [
  ['environments', 'Environments'],
  ['promotion', 'Promotion'],
  ['history', 'History'],
  ['stories', 'Stories'],
  ['metrics', 'Metrics']
] as const

/**
 * The whole dashboard as one self-contained HTML document: styles and script inline, charts as
 * SVG, so it works from file:// and from GitHub Pages alike. Every text from a record is escaped.
 */
export function renderDashboardPage(model: DashboardModel): string {
  const names = model.environments.map((e) => e.name)
  const page = markup`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta http-equiv="Content-Security-Policy" content="${trusted(POLICY)}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="generator" content="mxdeploy" />
        <title>${model.app}: environments and deployments</title>
        <style>${trusted(STYLES)}</style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to the content</a>
        <header class="site">
          <h1>${model.app}</h1>
          <p>
            Environments and deployments · packages from <code>${model.repository}</code> ·
            generated ${timeHtml(model.generatedAt)}
          </p>
          <nav aria-label="Sections">
            <ul>
              ${SECTIONS.map(([id, label]) => markup`<li><a href="#${id}">${label}</a></li>`)}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          ${boardHtml(model.environments, model.links)}
          ${promotionHtml(model.pending, model.packages, model.environments, model.links)}
          ${historyHtml(model.history, names, model.links)} ${storiesHtml(model.stories)}
          ${metricsHtml(model.metrics)}
        </main>
        <footer>
          <p>
            Made by mxdeploy from the activity log and the package repository. The same figures are
            in data.json beside this page.
          </p>
        </footer>
        <script>${trusted(CLIENT_SCRIPT)}</script>
      </body>
    </html> `
  return page.markup
}
