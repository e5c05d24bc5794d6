import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { ConfigurationError } from '../../../src/errors.js'
import { resolveKubeConfig } from '../../../src/targets/kubernetes/kubeconfig.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-kubeconfig-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A kubeconfig in the shape `kubectl config view --raw` writes (our values). */
async function kubeconfig(
  file: string,
  contexts: { name: string; server: string }[],
  current?: string
): Promise<string> {
  const path = join(dir, file)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(
    path,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: contexts.map((c) => ({ name: c.name, cluster: { server: c.server } })),
      users: contexts.map((c) => ({ name: c.name, user: { token: `token-of-${c.name}` } })),
      contexts: contexts.map((c) => ({ name: c.name, context: { cluster: c.name, user: c.name } })),
      ...(current ? { 'current-context': current } : {}),
      preferences: {}
    })
  )
  return path
}

function refused(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('not refused')
}

describe('finding the kubeconfig as kubectl does', () => {
  it('says what to set when there is none, instead of trying localhost:8080', () => {
    expect(refused(() => resolveKubeConfig({ HOME: dir }, undefined))).toMatch(
      /^no kubeconfig was found: set KUBECONFIG to a kubeconfig file, or write ~\/\.kube\/config .*docs\/kubernetes\.md/
    )
  })

  it('reads ~/.kube/config when KUBECONFIG is not set', async () => {
    await kubeconfig('.kube/config', [{ name: 'home', server: 'https://home.example.com' }], 'home')
    expect(resolveKubeConfig({ HOME: dir }, undefined).description).toBe(
      'context home (https://home.example.com)'
    )
  })

  it('merges KUBECONFIG files, skipping missing ones; the first to name something wins', async () => {
    const first = await kubeconfig('a.yaml', [
      { name: 'shared', server: 'https://first.example.com' }
    ])
    const second = await kubeconfig(
      'b.yaml',
      [
        { name: 'shared', server: 'https://second.example.com' },
        { name: 'prod', server: 'https://prod.example.com' }
      ],
      'prod'
    )
    const env = { KUBECONFIG: [join(dir, 'missing.yaml'), first, second].join(delimiter) }
    expect(resolveKubeConfig(env, undefined).description).toBe(
      'context prod (https://prod.example.com)'
    )
    expect(resolveKubeConfig(env, 'shared').description).toBe(
      'context shared (https://first.example.com)'
    )
  })

  it('refuses a KUBECONFIG whose files do not exist', () => {
    expect(
      refused(() => resolveKubeConfig({ KUBECONFIG: join(dir, 'nope.yaml') }, undefined))
    ).toContain('which does not exist')
  })

  it('refuses a context the kubeconfig does not have, listing those it has', async () => {
    const file = await kubeconfig(
      'c.yaml',
      [{ name: 'staging', server: 'https://s.example.com' }],
      'staging'
    )
    expect(refused(() => resolveKubeConfig({ KUBECONFIG: file }, 'prod-cluster'))).toBe(
      'the kubeconfig has no context "prod-cluster" (it has: staging): correct target.context, or use a kubeconfig that has it'
    )
  })

  it('refuses a kubeconfig without a current context when target.context is not set', async () => {
    const file = await kubeconfig('d.yaml', [{ name: 'one', server: 'https://one.example.com' }])
    expect(refused(() => resolveKubeConfig({ KUBECONFIG: file }, undefined))).toContain(
      'the kubeconfig has no current context: set target.context to one of one'
    )
  })

  it('refuses plain HTTP, which would carry the credentials unencrypted', async () => {
    const file = await kubeconfig(
      'e.yaml',
      [{ name: 'plain', server: 'http://10.0.0.1:8080' }],
      'plain'
    )
    expect(refused(() => resolveKubeConfig({ KUBECONFIG: file }, undefined))).toContain(
      'reaches its cluster over plain HTTP (http://10.0.0.1:8080)'
    )
  })

  it('refuses a file that is not a kubeconfig, naming it', async () => {
    const file = join(dir, 'broken.yaml')
    await writeFile(file, 'clusters: [unclosed\n')
    expect(refused(() => resolveKubeConfig({ KUBECONFIG: file }, undefined))).toContain(
      `kubeconfig ${file} cannot be read`
    )
  })
})
