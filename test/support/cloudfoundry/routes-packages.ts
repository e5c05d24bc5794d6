import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseMultipart } from '../mendix-cloud/multipart.js'
import { readBits } from './buildpack.js'
import { checkMetadata, mergeMetadata } from './metadata.js'
import { emptyMetadata, guid, iso, type FakePackage } from './model.js'
import { presentPackage } from './present.js'
import {
  cfError,
  isReply,
  notFound,
  ok,
  unknownFields,
  unprocessable,
  type Call,
  type Reply,
  type Route
} from './routing.js'

/**
 * Packages and their upload (resources/packages: create, upload bits, states). The bits are read
 * as the Cloud Controller's packager reads them (unzip); what it finds decides READY or FAILED.
 */

function findPackage(call: Call, id: string): FakePackage | Reply {
  return call.state.packages.find((p) => p.guid === id) ?? notFound('Package')
}

function createPackage(call: Call): Reply {
  const refused =
    unknownFields(call.json, ['type', 'relationships', 'data', 'metadata']) ??
    checkMetadata(call.json)
  if (refused) return refused
  const body = call.json as {
    type?: unknown
    relationships?: { app?: { data?: { guid?: unknown } } }
    metadata?: unknown
  }
  if (body.type !== 'bits' && body.type !== 'docker')
    return unprocessable("Type must be one of 'bits', 'docker'")
  const appGuid = body.relationships?.app?.data?.guid
  const app = call.state.apps.find((a) => a.guid === appGuid)
  if (!app) return unprocessable('App is invalid. Ensure it exists and you have access to it.')
  if (body.type !== 'bits') return unprocessable('Only bits packages are played by the stand-in')
  const now = iso()
  const pkg: FakePackage = {
    guid: guid(),
    appGuid: app.guid,
    state: 'AWAITING_UPLOAD',
    metadata: body.metadata ? mergeMetadata(emptyMetadata(), body.metadata) : emptyMetadata(),
    bitsPath: undefined,
    bitsSha256: undefined,
    entries: [],
    model: undefined,
    error: null,
    reads: 0,
    createdAt: now,
    updatedAt: now
  }
  call.state.packages.push(pkg)
  return ok(presentPackage(pkg, call.base), 201)
}

/**
 * POST /v3/packages/:guid/upload: multipart/form-data with `bits` (the zip) and optionally
 * `resources` (a JSON list); a second upload is CF-PackageBitsAlreadyUploaded. The bits are
 * read as the Cloud Controller's packager would (unzip); what it finds decides READY or FAILED.
 */
async function upload(call: Call, [id]: string[]): Promise<Reply> {
  const pkg = findPackage(call, id!)
  if (isReply(pkg)) return pkg
  if (pkg.state !== 'AWAITING_UPLOAD') {
    return cfError(
      400,
      'CF-PackageBitsAlreadyUploaded',
      150004,
      'Bits may be uploaded only once. Create a new package to upload different bits.'
    )
  }
  const parts = parseMultipart(call.headers['content-type'], call.body)
  const names = parts.map((p) => p.name)
  const unknown = names.filter((n) => n !== 'bits' && n !== 'resources')
  if (unknown.length)
    return unprocessable(`Unknown field(s): ${unknown.map((n) => `'${n}'`).join(', ')}`)
  const resources = parts.find((p) => p.name === 'resources')
  if (resources && !Array.isArray(JSON.parse(resources.data.toString('utf8')))) {
    return unprocessable('Resources must be an array')
  }
  const bits = parts.find((p) => p.name === 'bits')
  if (!bits && !resources) return unprocessable('Upload must include either resources or bits')
  if (bits && !bits.fileName) return unprocessable('Bits must be a file')
  pkg.state = 'PROCESSING_UPLOAD'
  pkg.updatedAt = iso()
  if (!bits) {
    pkg.error = 'The stand-in plays bits uploads only'
    return ok(presentPackage(pkg, call.base))
  }
  const path = join(call.state.bitsDir, `${pkg.guid}.zip`)
  await writeFile(path, bits.data)
  pkg.bitsPath = path
  pkg.bitsSha256 = createHash('sha256').update(bits.data).digest('hex')
  try {
    const read = await readBits(path)
    pkg.entries = read.entries
    pkg.model = read.model
    if (read.uncompressed > call.state.behaviour.maxPackageBytes) {
      pkg.error = `Package may not be larger than ${call.state.behaviour.maxPackageBytes} bytes`
    }
  } catch {
    pkg.error = 'Invalid zip archive.'
  }
  return ok(presentPackage(pkg, call.base))
}

function getPackage(call: Call, [id]: string[]): Reply {
  const pkg = findPackage(call, id!)
  if (isReply(pkg)) return pkg
  if (pkg.state === 'PROCESSING_UPLOAD' && ++pkg.reads > call.state.behaviour.packageReads) {
    pkg.state = pkg.error ? 'FAILED' : 'READY'
    pkg.updatedAt = iso()
  }
  return ok(presentPackage(pkg, call.base))
}

export const packageRoutes: Route[] = [
  {
    name: 'create-package',
    method: 'POST',
    pattern: /^\/v3\/packages$/,
    auth: 'bearer',
    write: true,
    handler: createPackage
  },
  {
    name: 'upload',
    method: 'POST',
    pattern: /^\/v3\/packages\/([^/]+)\/upload$/,
    auth: 'bearer',
    write: true,
    handler: upload
  },
  {
    name: 'get-package',
    method: 'GET',
    pattern: /^\/v3\/packages\/([^/]+)$/,
    auth: 'bearer',
    handler: getPackage
  }
]
