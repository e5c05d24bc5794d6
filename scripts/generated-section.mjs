// A section of a document generated from the product (the schema, the CLI's help), kept between
// two markers, or a whole generated file: written by the script that renders it, and checked so
// it cannot drift.
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
 * The command line of a script that generates a file: `--check` fails (exit 1) when the file
 * differs from what would be written, saying how to refresh it; otherwise the file is written.
 * @param {{ path: string, name: string, matches: string, refresh: string,
 *   next: (current: string) => string | Promise<string> }} file
 *   name: the file as messages show it; matches: what a current one matches (`the schema`);
 *   refresh: the command that rewrites it; next: the file's text as it should be
 */
export async function checkOrWriteFile(file) {
  const current = readFileSync(file.path, 'utf8')
  const next = await file.next(current)
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${file.path} is out of date: run ${file.refresh}`)
      process.exit(1)
    }
    console.log(`${file.name} matches ${file.matches}`)
  } else {
    writeFileSync(file.path, next)
    console.log(`wrote ${file.name}`)
  }
}

/**
 * The command line of a script that generates a section (see checkOrWriteFile).
 * @param {GeneratedSection & { name: string, matches: string, refresh: string }} section
 */
export function checkOrWrite(section) {
  return checkOrWriteFile({
    ...section,
    path: section.doc,
    next: (current) => updateSection(section, current)
  })
}
