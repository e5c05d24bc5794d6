// docs/cli.md's command reference, generated from the CLI's own `--help --json`, so the
// documented flags are the flags the CLI takes. Between the markers
//   <!-- cli-docs -->  ...  <!-- /cli-docs -->
// Usage: node scripts/cli-docs.mjs [--check]
//   writes the reference, or with --check fails (exit 1) when docs/cli.md is stale.
// It runs bin/mxdeploy.js, the bundle in dist/: run `npm run package` first.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'

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

/**
 * The document with the reference put between its markers.
 * @param {string} text
 * @returns {Promise<string>}
 */
export async function updateDocument(text) {
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  if (start < 0 || end < start) throw new Error(`${DOC} has no ${START} … ${END} markers`)
  const options = (await resolveConfig(DOC)) ?? {}
  const replaced = `${text.slice(0, start + START.length)}\n\n${renderReference()}\n${text.slice(end)}`
  return format(replaced, { ...options, filepath: DOC })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = readFileSync(DOC, 'utf8')
  const next = await updateDocument(current)
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${DOC} is out of date: run npm run package, then node scripts/cli-docs.mjs`)
      process.exit(1)
    }
    console.log('docs/cli.md matches the CLI')
  } else {
    writeFileSync(DOC, next)
    console.log('wrote docs/cli.md')
  }
}
