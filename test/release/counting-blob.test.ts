import { createServer } from 'node:http'
import { openAsBlob } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CountingBlob } from '../../src/repository/github-release/counting-blob.js'
import { useTempDirs } from '../zip/support/temp-dir.js'

const tempDir = useTempDirs()

/** A loopback server that answers each request with the body it received. */
async function echoServer() {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => response.end(Buffer.concat(chunks)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

describe('CountingBlob (upload progress of release assets)', () => {
  // Node 24's fetch sends an object that only looks like a Blob as the text "[object Blob]"
  // (Node 20's streamed it): the upload must be a real Blob for every Node the actions run on.
  it('is a Blob, so fetch sends its bytes on Node 20 and 24 alike', async () => {
    const file = join(await tempDir(), 'hello.mda')
    await writeFile(file, Buffer.alloc(200_000, 7))
    const blob = new CountingBlob(await openAsBlob(file), () => undefined)
    expect(blob).toBeInstanceOf(Blob)
    expect(Object.prototype.toString.call(blob)).toBe('[object Blob]')
  })

  it('sends the file and counts what was read, anew for a second attempt', async () => {
    const file = join(await tempDir(), 'hello.mda')
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251))
    await writeFile(file, bytes)
    const counted: number[] = []
    const blob = new CountingBlob(await openAsBlob(file, { type: 'application/zip' }), (n) =>
      counted.push(n)
    )
    expect(blob.size).toBe(bytes.length)
    expect(blob.type).toBe('application/zip')
    const server = await echoServer()
    try {
      for (const attempt of [1, 2]) {
        counted.length = 0
        const response = await fetch(server.url, { method: 'POST', body: blob })
        expect(Buffer.from(await response.arrayBuffer()).equals(bytes), `attempt ${attempt}`).toBe(
          true
        )
        expect(counted.at(-1)).toBe(bytes.length)
        expect(counted[0]).toBeLessThan(bytes.length)
      }
    } finally {
      server.close()
    }
  })
})
