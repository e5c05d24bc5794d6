import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { productVersion, readMprVersion } from '../../src/mxbuild/mpr-version.js'
import { SqliteDatabase } from '../../src/mxbuild/sqlite/database.js'
import { findTable, parseCreateTable } from '../../src/mxbuild/sqlite/schema.js'
import { makeMpr, sqliteJson } from './mpr-files.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-sqlite-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function withDb<T>(path: string, work: (db: SqliteDatabase) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r')
  try {
    return await work(await SqliteDatabase.open(handle))
  } finally {
    await handle.close()
  }
}

describe('readMprVersion on files made by sqlite3', () => {
  it.each([512, 1024, 4096, 8192, 65536])('reads the version with %i-byte pages', async (size) => {
    const path = join(dir, `page-${size}.mpr`)
    makeMpr(path, { version: '10.6.1.12345', pageSize: size })
    const header = await withDb(path, (db) => Promise.resolve(db.header))
    expect(header.pageSize).toBe(size)
    expect(await readMprVersion(path)).toBe('10.6.1.12345')
  })

  it.each([
    [512, 32],
    [4096, 64],
    [65536, 200]
  ])('honours %i-byte pages with %i reserved bytes', async (size, reserve) => {
    const path = join(dir, `reserve-${size}-${reserve}.mpr`)
    makeMpr(path, {
      version: '9.24.2.7427',
      pageSize: size,
      reserveBytes: reserve,
      tablesBefore: 40,
      leadingText: size * 3
    })
    const header = await withDb(path, (db) => Promise.resolve(db.header))
    expect(header.reservedBytes).toBe(reserve)
    expect(await readMprVersion(path)).toBe('9.24.2.7427')
  })

  it('finds _MetaData in a schema that spans many pages', async () => {
    const path = join(dir, 'many-tables.mpr')
    makeMpr(path, { version: '10.12.0.38052', pageSize: 512, tablesBefore: 600 })
    await withDb(path, async (db) => {
      // The schema needs more than one level of interior pages at this page size.
      expect(db.header.pageCount).toBeGreaterThan(300)
      expect(await productVersion(db, path)).toBe('10.12.0.38052')
    })
  })

  it('follows overflow pages when the row is longer than a page', async () => {
    const path = join(dir, 'overflow.mpr')
    makeMpr(path, { version: '10.6.1.12345', pageSize: 1024, leadingText: 50_000 })
    expect(await readMprVersion(path)).toBe('10.6.1.12345')
  })

  it('reads a CREATE TABLE statement that itself overflows', async () => {
    const path = join(dir, 'wide.mpr')
    const columns = Array.from({ length: 400 }, (_, i) => `"column ${i}" TEXT`).join(', ')
    makeMpr(path, {
      pageSize: 512,
      metaDataSql: `CREATE TABLE _MetaData (${columns}, _ProductVersion TEXT);`,
      extraSql: `INSERT INTO _MetaData (_ProductVersion) VALUES ('10.0.0.5003');`
    })
    expect(await readMprVersion(path)).toBe('10.0.0.5003')
  })

  it('reads only the pages it needs from a large app', async () => {
    const path = join(dir, 'large.mpr')
    makeMpr(path, { version: '10.6.1.12345', units: { count: 400, bytes: 20_000 } })
    await withDb(path, async (db) => {
      expect(db.header.pageCount).toBeGreaterThan(1900)
      expect(await productVersion(db, path)).toBe('10.6.1.12345')
      expect(db.pagesRead).toBeLessThanOrEqual(3)
    })
  })

  it('reads a WAL-mode file whose log is checkpointed', async () => {
    const path = join(dir, 'wal.mpr')
    makeMpr(path, { version: '10.6.1.12345', journal: 'wal' })
    expect(await readMprVersion(path)).toBe('10.6.1.12345')
  })

  it('takes the first row when _MetaData has several', async () => {
    const path = join(dir, 'two-rows.mpr')
    makeMpr(path, {
      version: '10.1.0.100',
      extraSql: `INSERT INTO _MetaData VALUES ('10.2.0.200', '', '');`
    })
    expect(await readMprVersion(path)).toBe('10.1.0.100')
  })

  it('matches the table name case-insensitively and quoted column names', async () => {
    const path = join(dir, 'quoted.mpr')
    makeMpr(path, {
      metaDataSql:
        'CREATE TABLE "_METADATA" ( [_BuildVersion] TEXT /* a, b */, `x,y` TEXT, "_ProductVersion" TEXT, PRIMARY KEY ("x,y"));',
      extraSql: `INSERT INTO _metadata VALUES ('b', 'k', '10.3.0.1');`
    })
    expect(await readMprVersion(path)).toBe('10.3.0.1')
  })
})

describe('table b-trees against sqlite3 itself', () => {
  it('decodes every row and type as sqlite3 returns it', async () => {
    const path = join(dir, 'rows.db')
    makeMpr(path, {
      pageSize: 1024,
      version: '10.6.1.12345',
      extraSql: [
        'CREATE TABLE t (a, b, c, d TEXT);',
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
         INSERT INTO t SELECT
           CASE i % 8 WHEN 0 THEN NULL WHEN 1 THEN i WHEN 2 THEN i * 65536 WHEN 3 THEN -i * 4294967296
             WHEN 4 THEN i / 3.0 WHEN 5 THEN 1 WHEN 6 THEN i * 1099511627776 ELSE 0 END,
           'tëxt ✓ ' || i,
           randomblob(i % 50),
           CASE WHEN i % 997 = 0 THEN replace(hex(zeroblob(3000)), '00', 'ab') ELSE NULL END
         FROM n;`,
        'DELETE FROM t WHERE rowid % 11 = 0;',
        "INSERT INTO t (rowid, a) VALUES (9007199254740993, 'big rowid');"
      ].join('\n')
    })
    const expected = sqliteJson(
      path,
      'SELECT a, b, CASE WHEN c IS NULL THEN NULL ELSE hex(c) END AS c, d FROM t ORDER BY rowid'
    )
    const rows = await withDb(path, async (db) => {
      const table = await findTable(db, 't')
      const out: Record<string, unknown>[] = []
      for await (const { values } of db.rows(table!.rootPage)) {
        const [a, b, c, d] = values
        out.push({
          a,
          b,
          c: Buffer.isBuffer(c) ? c.toString('hex').toUpperCase() : c,
          d
        })
      }
      return out
    })
    expect(rows.length).toBe(expected.length)
    expect(rows.length).toBeGreaterThan(4500)
    for (let i = 0; i < rows.length; i++) {
      const want = expected[i]!
      const got = rows[i]!
      expect(got.b).toBe(want['b'])
      expect(got.c).toBe(want['c'])
      expect(got.d).toBe(want['d'])
      if (typeof want['a'] === 'number' && !Number.isInteger(want['a'])) {
        expect(got.a as number).toBeCloseTo(want['a'], 12)
      } else {
        expect(got.a).toBe(want['a'])
      }
    }
  })

  it('lists columns in record order and spots WITHOUT ROWID', () => {
    expect(
      parseCreateTable(
        "CREATE TABLE x (a INTEGER DEFAULT (1, 2), 'b c' TEXT CHECK (b <> ','), [d] NUMERIC(10, 2), CONSTRAINT pk PRIMARY KEY (a))"
      )
    ).toEqual({ columns: ['a', 'b c', 'd'], withoutRowid: false })
    expect(parseCreateTable('CREATE TABLE y ("q""uote" TEXT PRIMARY KEY) without  rowid')).toEqual({
      columns: ['q"uote'],
      withoutRowid: true
    })
  })
})

describe('readMprVersion refuses what is not a readable .mpr', () => {
  const cases: [string, (path: string) => Promise<void> | void, RegExp][] = [
    [
      'UTF-16 database',
      (path) => makeMpr(path, { version: '10.6.1.12345', encoding: 'UTF-16le' }),
      /UTF-16LE; Studio Pro writes \.mpr files in UTF-8/
    ],
    [
      'WITHOUT ROWID _MetaData',
      (path) =>
        makeMpr(path, {
          metaDataSql: 'CREATE TABLE _MetaData (_ProductVersion TEXT PRIMARY KEY) WITHOUT ROWID;',
          extraSql: "INSERT INTO _MetaData VALUES ('10.6.1.12345');"
        }),
      /WITHOUT ROWID table, which Studio Pro never writes/
    ],
    [
      'no _MetaData table',
      (path) => makeMpr(path, { metaDataSql: 'CREATE TABLE Unit (UnitID BLOB);' }),
      /has no _MetaData table: it is not a Mendix app file/
    ],
    [
      'no _ProductVersion column',
      (path) =>
        makeMpr(path, {
          metaDataSql: 'CREATE TABLE _MetaData (_BuildVersion TEXT);',
          extraSql: "INSERT INTO _MetaData VALUES ('x');"
        }),
      /has no _ProductVersion column/
    ],
    ['empty _MetaData', (path) => makeMpr(path, {}), /_MetaData table is empty/],
    [
      'NULL version',
      (path) => makeMpr(path, { version: null }),
      /_ProductVersion is null, not a Mendix version/
    ],
    [
      'version that is not one',
      (path) => makeMpr(path, { version: '../../etc' }),
      /_ProductVersion is "\.\.\/\.\.\/etc", not a Mendix version/
    ],
    ['empty file', (path) => writeFile(path, ''), /is not a Mendix app file: it is empty/],
    [
      'garbage',
      (path) => writeFile(path, randomBytes(5000)),
      /is not a Mendix app file: it is not an SQLite database/
    ],
    [
      'header alone',
      (path) => writeFile(path, Buffer.from('SQLite format 3\0')),
      /shorter than an SQLite header/
    ],
    [
      'Git LFS pointer',
      (path) =>
        writeFile(
          path,
          'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 12345\n'
        ),
      /is a Git LFS pointer.*lfs: true/
    ],
    [
      'truncated file',
      async (path) => {
        makeMpr(path, { version: '10.6.1.12345', units: { count: 20, bytes: 4000 } })
        await truncate(path, 4096 * 3 + 100)
      },
      /is damaged: it is truncated: its header counts \d+ pages of 4096 bytes, the file holds 3/
    ],
    [
      'damaged b-tree page',
      async (path) => {
        makeMpr(path, { version: '10.6.1.12345', pageSize: 1024 })
        const root = Number(
          sqliteJson(path, "SELECT rootpage FROM sqlite_schema WHERE name = '_MetaData'")[0]![
            'rootpage'
          ]
        )
        const handle = await open(path, 'r+')
        await handle.write(Buffer.from([0x42]), 0, 1, (root - 1) * 1024)
        await handle.close()
      },
      /is damaged: page \d+ is not a b-tree page \(type 66\)/
    ],
    [
      'unsaved changes in the write-ahead log',
      async (path) => {
        makeMpr(path, { version: '10.6.1.12345', journal: 'wal' })
        await writeFile(`${path}-wal`, randomBytes(100))
      },
      /has unsaved changes in .*-wal: close Studio Pro/
    ],
    ['missing file', () => undefined, /Mendix app file .* does not exist/],
    ['directory', (path) => mkdir(path), /is not a file: give the \.mpr file/]
  ]
  it.each(cases)('%s', async (name, make, message) => {
    const path = join(dir, `bad-${name.replace(/\W+/g, '-')}.mpr`)
    await make(path)
    await expect(readMprVersion(path)).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringMatching(message)
    })
  })
})

describe('damaged files', () => {
  it('end in a clear refusal or a version, never in a crash', async () => {
    const path = join(dir, 'fuzz-source.mpr')
    makeMpr(path, { version: '10.6.1.12345', pageSize: 512, tablesBefore: 30, leadingText: 2000 })
    const original = await readFile(path)
    // A fixed-seed generator: the same corruptions on every run.
    let seed = 0x2545f491
    const next = (): number => {
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      return (seed >>> 0) / 2 ** 32
    }
    const damaged = join(dir, 'fuzz.mpr')
    const outcomes = new Set<string>()
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.from(original)
      for (let flips = 1 + Math.floor(next() * 8); flips > 0; flips--) {
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256)
      }
      await writeFile(damaged, bytes)
      try {
        outcomes.add(`version ${await readMprVersion(damaged)}`)
      } catch (error) {
        expect(error).toMatchObject({ name: 'ConfigurationError' })
        outcomes.add('refused')
      }
    }
    expect(outcomes.has('refused')).toBe(true)
  })
})
