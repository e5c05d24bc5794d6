import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { skopeo, umoci } from './tools.js'

/** What the test's runtime base holds, as docker-mendix-buildpack's image has it. */
export const BASE_FILES = {
  'opt/mendix/build/startup.py': '#!/usr/bin/env python3\n# stand-in for the buildpack start\n',
  'opt/mendix/build/runtimes/10.24.8.80126/README': 'the runtime the buildpack downloaded\n',
  'etc/passwd':
    'root:x:0:0:root:/root:/bin/sh\nmendix:x:1001:1001:mendix user:/opt/mendix/build:/sbin/nologin\n'
}

/** The base's config, as docker-mendix-buildpack's Dockerfile sets it. */
const CONFIG_FLAGS = [
  '--config.user=1001',
  '--config.env=HOME=/opt/mendix/build',
  '--config.env=PORT=8080',
  '--config.env=SCHEDULED_EVENTS=ALL',
  '--config.workingdir=/opt/mendix/build',
  '--config.entrypoint=/opt/mendix/build/startup.py',
  '--config.exposedports=8080/tcp',
  '--config.label=maintainer=base@example.com',
  '--created=2026-01-01T00:00:00Z',
  '--history.created=2026-01-01T00:00:00Z'
]

/**
 * Builds a small runtime base with umoci in an OCI layout at `layout`: one image per
 * architecture (tags = the architecture), and with more than one an image index tagged `multi`
 * that lists them with their platforms. Not written by mxdeploy's own tar or OCI code.
 */
export async function buildBaseLayout(layout: string, architectures: string[]): Promise<void> {
  await umoci(['init', '--layout', layout])
  for (const architecture of architectures) {
    const image = `${layout}:${architecture}`
    await umoci(['new', '--image', image])
    const bundle = `${layout}-bundle-${architecture}`
    await umoci(['unpack', '--rootless', '--image', image, bundle])
    for (const [path, text] of Object.entries(BASE_FILES)) {
      await mkdir(join(bundle, 'rootfs', path, '..'), { recursive: true })
      await writeFile(join(bundle, 'rootfs', path), `${text}# ${architecture}\n`)
    }
    await umoci(['repack', '--image', image, bundle])
    await umoci([
      'config',
      '--image',
      image,
      `--architecture=${architecture}`,
      '--os=linux',
      ...CONFIG_FLAGS
    ])
  }
  if (architectures.length > 1) await writeIndex(layout, architectures)
}

/** Adds an image index of the architectures' images to the layout, tagged `multi`. */
async function writeIndex(layout: string, architectures: string[]): Promise<void> {
  const indexPath = join(layout, 'index.json')
  const index = JSON.parse(await readFile(indexPath, 'utf8')) as {
    manifests: Record<string, any>[]
  }
  const manifests = architectures.map((architecture) => {
    const entry = index.manifests.find(
      (m) => m['annotations']?.['org.opencontainers.image.ref.name'] === architecture
    )!
    return {
      mediaType: entry['mediaType'],
      digest: entry['digest'],
      size: entry['size'],
      platform: { architecture, os: 'linux' }
    }
  })
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests
    })
  )
  const hex = createHash('sha256').update(bytes).digest('hex')
  await writeFile(join(layout, 'blobs', 'sha256', hex), bytes)
  index.manifests.push({
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: `sha256:${hex}`,
    size: bytes.length,
    annotations: { 'org.opencontainers.image.ref.name': 'multi' }
  })
  await writeFile(indexPath, JSON.stringify(index))
}

/** Copies an image (an index with all its images) from the layout into the registry. */
export async function pushBase(
  layout: string,
  tag: string,
  destination: string,
  format?: 'v2s2'
): Promise<void> {
  await skopeo([
    'copy',
    ...(tag === 'multi' ? ['--all'] : []),
    ...(format ? ['--format', format] : []),
    `oci:${layout}:${tag}`,
    `docker://${destination}`
  ])
}
