// A section of a document generated from the product (the schema, the CLI's help), kept between
// two markers: written by the script that renders it, and checked in CI so it cannot drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

/**
 * @typedef {object} GeneratedSection
 * @property {string} doc the document's path
 * @property {string} start the opening marker
 * @property {string} end the closing marker
 * @property {() => string} render the section's markdown
 */

/**
 * The document with the rendered section put between its markers, formatted by Prettier.
 * @param {GeneratedSection} section
 * @param {string} text
 * @returns {Promise<string>}
 */
export async function updateSection(section, text) {
  const { doc, start, end } = section
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${doc} has no ${start} … ${end} markers`)
  const options = (await resolveConfig(doc)) ?? {}
  const replaced = `${text.slice(0, from + start.length)}\n\n${section.render()}\n${text.slice(to)}`
  return format(replaced, { ...options, filepath: doc })
}

/**
 * The command line of a generating script: `--check` fails (exit 1) when the document differs
 * from what would be written, saying how to refresh it; otherwise the document is written.
 * @param {GeneratedSection & { name: string, matches: string, refresh: string }} section
 *   name: the document as messages show it; matches: what a current one matches (`the schema`);
 *   refresh: the command that rewrites it
 */
export async function checkOrWrite(section) {
  const current = readFileSync(section.doc, 'utf8')
  const next = await updateSection(section, current)
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${section.doc} is out of date: run ${section.refresh}`)
      process.exit(1)
    }
    console.log(`${section.name} matches ${section.matches}`)
  } else {
    writeFileSync(section.doc, next)
    console.log(`wrote ${section.name}`)
  }
}
