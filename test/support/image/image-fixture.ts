import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildPackage } from '../../../src/build/build-package.js'
import { silentLogger } from '../../../src/log.js'
import { verifyPackage } from '../../../src/mda/verify.js'
import type { ImagePackage } from '../../../src/targets/image/image-labels.js'
import { startRegistry, type RunningRegistry } from '../registry/registry.js'
import { buildBaseLayout, pushBase } from './base-image.js'

export const EXAMPLE = resolve(import.meta.dirname, '../../../examples/hello/deployment')
/** The build time of the test packages: SOURCE_DATE_EPOCH 1767323045 (2026-01-02T03:04:05Z). */
export const SOURCE_DATE = '2026-01-02T03:04:05Z'

export interface Bases {
  registry: RunningRegistry
  layout: string
  /** `host/base/runtime:10.24.8`: linux/amd64 only, OCI. */
  single: string
  /** `host/base/runtime:multi`: an index of linux/amd64 and linux/arm64. */
  multi: string
  /** `host/base/runtime:docker`: linux/amd64 as Docker schema 2. */
  docker: string
  dir: string
  stop(): Promise<void>
}

/** A registry on loopback holding the test's runtime bases, built with umoci, copied by skopeo. */
export async function startBases(): Promise<Bases> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-image-test-'))
  const registry = await startRegistry()
  const layout = join(dir, 'base-layout')
  await buildBaseLayout(layout, ['amd64', 'arm64'])
  const at = (tag: string): string => `${registry.host}/base/runtime:${tag}`
  await pushBase(layout, 'amd64', at('10.24.8'))
  await pushBase(layout, 'multi', at('multi'))
  await pushBase(layout, 'amd64', at('docker'), 'v2s2')
  return {
    registry,
    layout,
    single: at('10.24.8'),
    multi: at('multi'),
    docker: at('docker'),
    dir,
    stop: async () => {
      await registry.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** Builds the example app into an MDA, reproducibly; returns its path and the image facts. */
export async function examplePackage(
  dir: string,
  version = '1.2.0'
): Promise<{ mdaPath: string; package: ImagePackage }> {
  const out = join(dir, `hello_${version}.mda`)
  const built = await buildPackage({
    deploymentDir: EXAMPLE,
    version,
    buildNumber: '1',
    app: 'hello',
    out,
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: String(Date.parse(SOURCE_DATE) / 1000) },
    log: silentLogger
  })
  const verified = await verifyPackage(built.path)
  return {
    mdaPath: built.path,
    package: {
      app: 'hello',
      version: built.version,
      sha256: verified.sha256,
      runtimeVersion: verified.metadata.runtimeVersion,
      commit: null
    }
  }
}
