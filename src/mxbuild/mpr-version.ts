import { open, stat, type FileHandle } from 'node:fs/promises'
import { ConfigurationError, errnoCode } from '../errors.js'
import { SqliteDatabase } from './sqlite/database.js'
import { NotSqliteError, SqliteFormatError } from './sqlite/record.js'
import { findTable } from './sqlite/schema.js'

const TABLE = '_MetaData'
const COLUMN = '_ProductVersion'
const FORMAT_COLUMN = '_FormatVersion'
/**
 * Studio Pro writes its version in four parts (10.24.8.80126) or three (5.6.0, 7.8.0, 11.6.0),
 * and pre-releases with a suffix (5.10.0-beta, 11.1.0-dev, 11.6.0-alpha.build.85714).
 */
const MENDIX_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,10})?(-[0-9A-Za-z][0-9A-Za-z.-]{0,63})?$/

/** What a .mpr says about itself, without MxBuild. */
export interface MprFacts {
  /** The Mendix version that last saved it: the MxBuild and runtime it needs. */
  mendixVersion: string
  /**
   * 1: every unit's contents in the `Unit` table; 2 (Mendix 10 and later): the units in an
   * `mprcontents/` folder beside the .mpr. Files without a `_FormatVersion` column are format 1.
   */
  formatVersion: number
}

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
  return (await readMprFacts(path)).mendixVersion
}

/** The Mendix version and file format of a .mpr, from its `_MetaData` row. */
export async function readMprFacts(path: string): Promise<MprFacts> {
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
      return await metaData(db, path)
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
  return (await metaData(db, path)).mendixVersion
}

async function metaData(db: SqliteDatabase, path: string): Promise<MprFacts> {
  const notMendix = `is not a Mendix app file (Studio Pro writes the app's version there)`
  const table = await findTable(db, TABLE)
  if (!table) throw new ConfigurationError(`${path} has no ${TABLE} table: it ${notMendix}`)
  if (table.withoutRowid || table.rootPage < 1) {
    throw new ConfigurationError(
      `${path}: its ${TABLE} table is ${table.withoutRowid ? 'a WITHOUT ROWID' : 'a virtual'} table, which Studio Pro never writes, so it ${notMendix}`
    )
  }
  const columnIndex = (name: string): number =>
    table.columns.findIndex((column) => column.toLowerCase() === name.toLowerCase())
  const index = columnIndex(COLUMN)
  if (index < 0) {
    throw new ConfigurationError(
      `${path}: its ${TABLE} table has no ${COLUMN} column, so it ${notMendix}`
    )
  }
  const formatIndex = columnIndex(FORMAT_COLUMN)
  for await (const row of db.rows(table.rootPage)) {
    const value = row.values[index] ?? null
    if (typeof value !== 'string' || !MENDIX_VERSION.test(value.trim())) {
      throw new ConfigurationError(
        `${path}: ${TABLE}.${COLUMN} is ${describeValue(value)}, not a Mendix version such as 10.24.8.80126 or 7.23.0`
      )
    }
    const format = formatIndex < 0 ? 1 : row.values[formatIndex]
    return { mendixVersion: value.trim(), formatVersion: formatNumber(format, path) }
  }
  throw new ConfigurationError(`${path}: its ${TABLE} table is empty, so it ${notMendix}`)
}

function formatNumber(value: unknown, path: string): number {
  if (value === null || value === undefined) return 1
  const number = typeof value === 'bigint' ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    throw new ConfigurationError(
      `${path}: ${TABLE}.${FORMAT_COLUMN} is ${describeValue(value)}, not a file format number; open the app in Studio Pro and save it`
    )
  }
  return number
}

/** An SQLite value as a message shows it. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (Buffer.isBuffer(value)) return `a ${value.length}-byte blob`
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return 'null'
}
