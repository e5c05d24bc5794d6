import type { SqliteDatabase } from './database.js'
import { SqliteFormatError } from './record.js'

/** A table as sqlite_schema describes it, with its columns in record order. */
export interface TableInfo {
  name: string
  rootPage: number
  sql: string
  columns: string[]
  withoutRowid: boolean
}

/** Page 1 holds the root of sqlite_schema: type, name, tbl_name, rootpage, sql. */
const SCHEMA_ROOT = 1

/** Finds a table by name (SQLite compares names case-insensitively) in sqlite_schema. */
export async function findTable(db: SqliteDatabase, name: string): Promise<TableInfo | undefined> {
  const wanted = name.toLowerCase()
  for await (const { values } of db.rows(SCHEMA_ROOT)) {
    const [type, tableName, , rootPage, sql] = values
    if (type !== 'table' || typeof tableName !== 'string') continue
    if (tableName.toLowerCase() !== wanted) continue
    if (typeof sql !== 'string') {
      throw new SqliteFormatError(`sqlite_schema holds no CREATE TABLE statement for ${tableName}`)
    }
    const { columns, withoutRowid } = parseCreateTable(sql)
    return {
      name: tableName,
      rootPage: typeof rootPage === 'number' ? rootPage : 0,
      sql,
      columns,
      withoutRowid
    }
  }
  return undefined
}

/** SQL tokens: quoted names and strings as one token each, words, and single punctuation. */
function tokenize(sql: string): { text: string; quoted: boolean }[] {
  const tokens: { text: string; quoted: boolean }[] = []
  const closing: Record<string, string> = { '"': '"', '`': '`', '[': ']', "'": "'" }
  let at = 0
  while (at < sql.length) {
    const char = sql[at]!
    if (/\s/.test(char)) {
      at++
    } else if (sql.startsWith('--', at)) {
      const end = sql.indexOf('\n', at)
      at = end < 0 ? sql.length : end + 1
    } else if (sql.startsWith('/*', at)) {
      const end = sql.indexOf('*/', at + 2)
      at = end < 0 ? sql.length : end + 2
    } else if (closing[char]) {
      const close = closing[char]
      let text = ''
      let end = at + 1
      for (;;) {
        const found = sql.indexOf(close, end)
        if (found < 0) throw new SqliteFormatError('a CREATE TABLE statement has an open quote')
        text += sql.slice(end, found)
        // A doubled quote stands for itself (not inside [...], which has no escape).
        if (close !== ']' && sql[found + 1] === close) {
          text += close
          end = found + 2
          continue
        }
        end = found + 1
        break
      }
      tokens.push({ text, quoted: true })
      at = end
    } else if (/[\w$\u0080-\uffff]/.test(char)) {
      const match = /^[\w$\u0080-\uffff]+/.exec(sql.slice(at))!
      tokens.push({ text: match[0], quoted: false })
      at += match[0].length
    } else {
      tokens.push({ text: char, quoted: false })
      at++
    }
  }
  return tokens
}

const TABLE_CONSTRAINTS = new Set(['constraint', 'primary', 'unique', 'check', 'foreign'])

/**
 * The column names of a CREATE TABLE statement in declaration order (the order of values in each
 * record), and whether it is a WITHOUT ROWID table.
 */
export function parseCreateTable(sql: string): { columns: string[]; withoutRowid: boolean } {
  const tokens = tokenize(sql)
  const open = tokens.findIndex((token) => token.text === '(' && !token.quoted)
  if (open < 0) throw new SqliteFormatError(`can't find the columns in: ${sql.slice(0, 200)}`)
  const columns: string[] = []
  let depth = 0
  let expectName = true
  let inConstraints = false
  let at = open + 1
  for (; at < tokens.length; at++) {
    const token = tokens[at]!
    if (!token.quoted && token.text === '(') depth++
    else if (!token.quoted && token.text === ')') {
      if (depth === 0) break
      depth--
    } else if (depth === 0 && !token.quoted && token.text === ',') expectName = true
    else if (expectName) {
      expectName = false
      if (!token.quoted && TABLE_CONSTRAINTS.has(token.text.toLowerCase())) inConstraints = true
      if (!inConstraints) columns.push(token.text)
    }
  }
  if (at >= tokens.length) throw new SqliteFormatError('a CREATE TABLE statement is not closed')
  const rest = tokens.slice(at + 1).map((token) => (token.quoted ? '' : token.text.toLowerCase()))
  const withoutRowid = rest.some((word, i) => word === 'without' && rest[i + 1] === 'rowid')
  return { columns, withoutRowid }
}
