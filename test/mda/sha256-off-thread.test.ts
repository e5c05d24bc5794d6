import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { sha256FileOffThread } from '../../src/mda/sha256-off-thread.js'

const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-sha256-off-thread-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('sha256FileOffThread', () => {
  it('hashes a file larger than all its slots together, ending mid-slot, as sha256sum would', async () => {
    // 4 slots of 1 MiB: every slot is reused, and the last read is short.
    const bytes = randomBytes(5 * (1 << 20) + 12345)
    const file = join(dir, 'big.mda')
    writeFileSync(file, bytes)
    expect(await sha256FileOffThread(file)).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('hashes an empty file', async () => {
    const file = join(dir, 'empty.mda')
    writeFileSync(file, '')
    expect(await sha256FileOffThread(file)).toBe(createHash('sha256').digest('hex'))
  })

  it('refuses a directory unread', async () => {
    await expect(sha256FileOffThread(dir)).rejects.toThrow(ConfigurationError)
    await expect(sha256FileOffThread(dir)).rejects.toThrow(/is a directory, not a regular file/)
  })
})
