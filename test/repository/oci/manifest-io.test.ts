import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OperationError } from '../../../src/errors.js'
import { readBlob } from '../../../src/repository/oci/blob-download.js'
import { getManifest } from '../../../src/repository/oci/manifest-io.js'
import { parseOciUri } from '../../../src/repository/oci/reference.js'
import { RegistryClient } from '../../../src/repository/oci/registry-client.js'
import { testPolicy } from '../../support/retry.js'
import { recordingLogger } from './fixture.js'

// A registry that lies: it sends other bytes than the digest it states or was asked for. Real
// registries do not; a proxy or a damaged store can, and nothing built on such bytes is pushed.
const BODY = Buffer.from(
  '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}'
)
const digestOf = (bytes: Buffer): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const OTHER = `sha256:${'0'.repeat(64)}`

let server: Server
let client: RegistryClient

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? ''
    if (path.endsWith('/manifests/honest')) {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.oci.image.manifest.v1+json',
        'Docker-Content-Digest': digestOf(BODY)
      })
      res.end(BODY)
    } else if (path.endsWith('/manifests/lying')) {
      res.writeHead(200, { 'Docker-Content-Digest': OTHER })
      res.end(BODY)
    } else if (path.endsWith(`/manifests/${OTHER}`) || path.endsWith(`/blobs/${OTHER}`)) {
      res.writeHead(200)
      res.end(BODY)
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  client = new RegistryClient(
    parseOciUri(`oci://127.0.0.1:${port}/acme/hello`, {}),
    undefined,
    {},
    recordingLogger(),
    testPolicy()
  )
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('manifests and blobs are checked against their digests', () => {
  it('returns a manifest with its digest and media type, and nothing for a 404', async () => {
    expect(await getManifest(client, 'honest')).toEqual({
      bytes: BODY,
      digest: digestOf(BODY),
      mediaType: 'application/vnd.oci.image.manifest.v1+json'
    })
    expect(await getManifest(client, 'missing')).toBeUndefined()
  })

  it('refuses a manifest whose bytes are not what the registry says, or not what was asked for', async () => {
    await expect(getManifest(client, 'lying')).rejects.toThrow(OperationError)
    await expect(getManifest(client, 'lying')).rejects.toThrow(`but says it is ${OTHER}`)
    await expect(getManifest(client, OTHER)).rejects.toThrow('not the content asked for')
  })

  it('refuses a blob with other content', async () => {
    await expect(readBlob(client, OTHER)).rejects.toThrow(
      `sent blob ${OTHER} of acme/hello with other content (${digestOf(BODY)})`
    )
  })
})
