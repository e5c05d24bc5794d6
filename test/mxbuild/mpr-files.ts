import { execFileSync } from 'node:child_process'

/** How a test .mpr is made: what the real sqlite3 CLI is told before and after _MetaData. */
export interface MprShape {
  /** _ProductVersion of the one _MetaData row; null stores NULL; undefined makes no row. */
  version?: string | null
  pageSize?: number
  reserveBytes?: number
  encoding?: 'UTF-8' | 'UTF-16le' | 'UTF-16be'
  /** Tables created before _MetaData, so sqlite_schema spans many pages. */
  tablesBefore?: number
  /** A text column before _ProductVersion of this many characters, so the row overflows. */
  leadingText?: number
  /** Rows of a Unit table with blobs of this many bytes each, as a real app has. */
  units?: { count: number; bytes: number }
  /** Replaces the _MetaData definition. */
  metaDataSql?: string
  /** Extra statements at the end. */
  extraSql?: string
  journal?: 'delete' | 'wal'
}

/** Writes an .mpr-shaped SQLite file with the real sqlite3 CLI. */
export function makeMpr(path: string, shape: MprShape = {}): void {
  const lines: string[] = []
  if (shape.reserveBytes) lines.push(`.filectrl reserve_bytes ${shape.reserveBytes}`)
  if (shape.pageSize) lines.push(`PRAGMA page_size = ${shape.pageSize};`)
  if (shape.encoding) lines.push(`PRAGMA encoding = '${shape.encoding}';`)
  if (shape.journal === 'wal') lines.push('PRAGMA journal_mode = WAL;')
  lines.push('BEGIN;')
  for (let i = 0; i < (shape.tablesBefore ?? 0); i++) {
    lines.push(
      `CREATE TABLE "Module${i}$Entity" (id INTEGER PRIMARY KEY, "Name of attribute number ${i}" TEXT, payload BLOB, created REAL DEFAULT 0);`
    )
  }
  const lead = shape.leadingText ?? 0
  lines.push(
    shape.metaDataSql ??
      `CREATE TABLE _MetaData (${lead ? '_Notes TEXT, ' : ''}_ProductVersion TEXT, _BuildVersion TEXT, _SchemaHash TEXT);`
  )
  if (shape.version !== undefined && !shape.metaDataSql) {
    const version = shape.version === null ? 'NULL' : `'${shape.version}'`
    const notes = lead ? `replace(hex(zeroblob(${lead})), '00', 'n'), ` : ''
    lines.push(
      `INSERT INTO _MetaData VALUES (${notes}${version}, ${version}, 'a6f0c1d2e3b4a5968778695a4b3c2d1e');`
    )
  }
  if (shape.units) {
    lines.push(
      'CREATE TABLE Unit (UnitID BLOB PRIMARY KEY, ContainerID BLOB, ContainmentName TEXT, Contents BLOB);',
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${shape.units.count}) INSERT INTO Unit SELECT randomblob(16), randomblob(16), 'documents', randomblob(${shape.units.bytes}) FROM n;`
    )
  }
  if (shape.extraSql) lines.push(shape.extraSql)
  lines.push('COMMIT;')
  execFileSync('sqlite3', [path], {
    input: lines.join('\n') + '\n',
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

/** Runs a query with the sqlite3 CLI and returns its rows as JSON objects. */
export function sqliteJson(path: string, sql: string): Record<string, unknown>[] {
  const out = execFileSync('sqlite3', ['-json', '-readonly', path, sql], { encoding: 'utf8' })
  return out.trim() ? (JSON.parse(out) as Record<string, unknown>[]) : []
}
