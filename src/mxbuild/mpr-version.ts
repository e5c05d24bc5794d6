import { open, stat, type FileHandle } from 'node:fs/promises'
import { ConfigurationError, errnoCode } from '../errors.js'
import { SqliteDatabase } from './sqlite/database.js'
import { NotSqliteError, SqliteFormatError } from './sqlite/record.js'
import { findTable } from './sqlite/schema.js'

const TABLE = '_MetaData'
const COLUMN = '_ProductVersion'
/** Studio Pro writes its full version, as the MxBuild download names use it: 10.6.1.12345. */
const MENDIX_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}\.\d{1,10}$/

async function openProject(path: string): Promise<FileHandle> {
  try {
    const handle = await open(path, 'r')
    if (!(await handle.stat()).isFile()) {
      await handle.close()
      throw new ConfigurationError(`${path} is not a file: give the .mpr file of the Mendix app`)
    }
    return handle
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT') {
      throw new ConfigurationError(
        `Mendix app file ${path} does not exist: give the .mpr in the app's folder (--project, input project)`
      )
    }
    if (code === 'EACCES') throw new ConfigurationError(`${path} can't be read (permission denied)`)
    if (code === 'EISDIR')
      throw new ConfigurationError(`${path} is not a file: give the .mpr file of the Mendix app`)
    throw error
  }
}

async function notSqlite(handle: FileHandle, path: string, why: string): Promise<never> {
  const start = Buffer.alloc(64)
  const { bytesRead } = await handle.read(start, 0, 64, 0)
  if (start.subarray(0, bytesRead).toString('latin1').startsWith('version https://git-lfs')) {
    throw new ConfigurationError(
      `${path} is a Git LFS pointer, not the app file: fetch it first (git lfs pull; in GitHub Actions, actions/checkout with "lfs: true")`
    )
  }
  throw new ConfigurationError(
    `${path} is not a Mendix app file: ${why}; a .mpr is an SQLite database written by Studio Pro`
  )
}

/** Refuses a database whose newest changes may still sit in its write-ahead log. */
async function checkWal(path: string, readVersion: number): Promise<void> {
  if (readVersion !== 2) return
  try {
    if ((await stat(`${path}-wal`)).size > 0) {
      throw new ConfigurationError(
        `${path} has unsaved changes in ${path}-wal: close Studio Pro (or the program that has the app open) so they are written into the .mpr, then build again`
      )
    }
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error
  }
}

/**
 * The Mendix version a .mpr was last saved with (`SELECT _ProductVersion FROM _MetaData`), read
 * from its SQLite pages directly: no native module, the same on every Node version.
 */
export async function readMprVersion(path: string): Promise<string> {
  const handle = await openProject(path)
  try {
    try {
      const db = await SqliteDatabase.open(handle)
      if (db.header.textEncoding !== 'utf-8') {
        throw new ConfigurationError(
          `${path} is an SQLite database in ${db.header.textEncoding.toUpperCase()}; Studio Pro writes .mpr files in UTF-8, so this is not a Mendix app file`
        )
      }
      await checkWal(path, db.header.readVersion)
      return await productVersion(db, path)
    } catch (error) {
      if (error instanceof NotSqliteError) return await notSqlite(handle, path, error.message)
      if (error instanceof SqliteFormatError) {
        throw new ConfigurationError(
          `${path} is damaged: ${error.message}; check it out again, or open it in Studio Pro`
        )
      }
      throw error
    }
  } finally {
    await handle.close()
  }
}

/** The version in an open .mpr's _MetaData table; `path` names it in messages. */
export async function productVersion(db: SqliteDatabase, path: string): Promise<string> {
  const notMendix = `is not a Mendix app file (Studio Pro writes the app's version there)`
  const table = await findTable(db, TABLE)
  if (!table) throw new ConfigurationError(`${path} has no ${TABLE} table: it ${notMendix}`)
  if (table.withoutRowid || table.rootPage < 1) {
    throw new ConfigurationError(
      `${path}: its ${TABLE} table is ${table.withoutRowid ? 'a WITHOUT ROWID' : 'a virtual'} table, which Studio Pro never writes, so it ${notMendix}`
    )
  }
  const index = table.columns.findIndex((name) => name.toLowerCase() === COLUMN.toLowerCase())
  if (index < 0) {
    throw new ConfigurationError(
      `${path}: its ${TABLE} table has no ${COLUMN} column, so it ${notMendix}`
    )
  }
  for await (const row of db.rows(table.rootPage)) {
    const value = row.values[index] ?? null
    if (typeof value !== 'string' || !MENDIX_VERSION.test(value.trim())) {
      const shown =
        typeof value === 'string'
          ? JSON.stringify(value)
          : Buffer.isBuffer(value)
            ? `a ${value.length}-byte blob`
            : String(value)
      throw new ConfigurationError(
        `${path}: ${TABLE}.${COLUMN} is ${shown}, not a Mendix version such as 10.6.1.12345`
      )
    }
    return value.trim()
  }
  throw new ConfigurationError(`${path}: its ${TABLE} table is empty, so it ${notMendix}`)
}
