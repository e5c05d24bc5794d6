// docs/cli.md's command reference, generated from the CLI's own `--help --json`, so the
// documented flags are the flags the CLI takes. Between the markers
//   <!-- cli-docs -->  ...  <!-- /cli-docs -->
// Usage: node scripts/cli-docs.mjs [--check]
//   writes the reference, or with --check fails (exit 1) when docs/cli.md is stale.
// It runs bin/mxdeploy.js, the bundle in dist/: run `npm run package` first.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { checkOrWrite } from './generated-section.mjs'

const root = new URL('..', import.meta.url).pathname
const DOC = join(root, 'docs', 'cli.md')
const START = '<!-- cli-docs -->'
const END = '<!-- /cli-docs -->'

/**
 * @typedef {{ name: string, short?: string, type: string, value?: string, description: string }} Option
 * @typedef {{ command: string, usage: string, summary: string, options: Option[] }} CommandHelp
 * @typedef {{ commands: { name: string, summary: string }[] }} MainHelp
 */

/**
 * The CLI's help as JSON.
 * @param {string[]} args
 * @returns {unknown}
 */
function help(args) {
  const text = execFileSync(process.execPath, [join(root, 'bin', 'mxdeploy.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'] }
  })
  return JSON.parse(text)
}

/**
 * A table cell: one line, pipes escaped, `<` escaped.
 * @param {string} text
 */
function cell(text) {
  return text.replace(/\s+/g, ' ').replaceAll('|', '\\|').replaceAll('<', '\\<')
}

/** The whole generated reference. */
export function renderReference() {
  const main = /** @type {MainHelp} */ (help(['--help', '--json']))
  const parts = [
    '| command | does |',
    '| --- | --- |',
    ...main.commands.map((c) => `| [\`${c.name}\`](#mxdeploy-${c.name}) | ${cell(c.summary)} |`),
    ''
  ]
  for (const { name } of main.commands) {
    const command = /** @type {CommandHelp} */ (help([name, '--help', '--json']))
    parts.push(
      `### mxdeploy ${name}`,
      '',
      '```text',
      command.usage,
      '```',
      '',
      command.summary,
      '',
      '| option | meaning |',
      '| --- | --- |',
      ...command.options.map((option) => {
        const flag = `${option.short ? `-${option.short}, ` : ''}--${option.name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`
        return `| \`${flag}\` | ${cell(option.description)} |`
      }),
      ''
    )
  }
  return parts.join('\n')
}

/** The reference section of docs/cli.md. */
const SECTION = { doc: DOC, start: START, end: END, render: renderReference }

if (import.meta.url === `file://${process.argv[1]}`) {
  await checkOrWrite({
    ...SECTION,
    name: 'docs/cli.md',
    matches: 'the CLI',
    refresh: 'npm run package, then node scripts/cli-docs.mjs'
  })
}
