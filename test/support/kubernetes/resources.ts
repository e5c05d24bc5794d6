/**
 * The resource types the stand-in serves, and its discovery documents: the minimal shapes both
 * Debian's kubectl 1.20 and kubectl 1.30 accepted (legacy discovery: APIVersions, APIGroupList,
 * APIResourceList), after Kubernetes "API Concepts" and the apimachinery types.
 */
export interface ResourceType {
  group: string
  version: string
  /** The plural, as in paths. */
  name: string
  singularName: string
  kind: string
  namespaced: boolean
  verbs: string[]
  /** Whether it has a status subresource. */
  status?: boolean
}

export const MENDIX_GROUP = 'privatecloud.mendix.com'
export const CSI_GROUP = 'secrets-store.csi.x-k8s.io'

export const RESOURCES: ResourceType[] = [
  {
    group: MENDIX_GROUP,
    version: 'v1alpha1',
    name: 'mendixapps',
    singularName: 'mendixapp',
    kind: 'MendixApp',
    namespaced: true,
    verbs: ['delete', 'get', 'list', 'patch'],
    status: true
  },
  {
    group: CSI_GROUP,
    version: 'v1',
    name: 'secretproviderclasses',
    singularName: 'secretproviderclass',
    kind: 'SecretProviderClass',
    namespaced: true,
    verbs: ['get', 'list']
  },
  {
    group: '',
    version: 'v1',
    name: 'namespaces',
    singularName: 'namespace',
    kind: 'Namespace',
    namespaced: false,
    verbs: ['get', 'list']
  },
  {
    group: '',
    version: 'v1',
    name: 'events',
    singularName: 'event',
    kind: 'Event',
    namespaced: true,
    verbs: ['get', 'list']
  },
  {
    group: '',
    version: 'v1',
    name: 'serviceaccounts',
    singularName: 'serviceaccount',
    kind: 'ServiceAccount',
    namespaced: true,
    verbs: ['get', 'list']
  }
]

export function groupVersion(type: ResourceType): string {
  return type.group ? `${type.group}/${type.version}` : type.version
}

export function findResource(
  group: string,
  version: string,
  name: string
): ResourceType | undefined {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.name === name)
}

/** The discovery document for a path, or undefined when the path is not a discovery path. */
export function discovery(path: string, serverAddress: string): unknown {
  if (path === '/version') {
    return {
      major: '1',
      minor: '30',
      gitVersion: 'v1.30.0-mxdeploy-stand-in',
      gitCommit: '0000000000000000000000000000000000000000',
      gitTreeState: 'clean',
      buildDate: '2024-01-01T00:00:00Z',
      goVersion: 'go1.22.0',
      compiler: 'gc',
      platform: 'linux/amd64'
    }
  }
  if (path === '/api') {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }]
    }
  }
  if (path === '/apis') {
    const groups = [...new Set(RESOURCES.filter((r) => r.group).map((r) => groupVersion(r)))]
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: groups.map((gv) => {
        const [name, version] = gv.split('/') as [string, string]
        const entry = { groupVersion: gv, version }
        return { name, versions: [entry], preferredVersion: entry }
      })
    }
  }
  const match = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path)
  if (!match) return undefined
  const group = match[2] ?? ''
  const version = match[1] ?? match[3]!
  const types = RESOURCES.filter((r) => r.group === group && r.version === version)
  if (types.length === 0) return undefined
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: types.flatMap((r) => [
      {
        name: r.name,
        singularName: r.singularName,
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: r.verbs
      },
      ...(r.status
        ? [
            {
              name: `${r.name}/status`,
              singularName: '',
              namespaced: true,
              kind: r.kind,
              verbs: ['get', 'patch']
            }
          ]
        : [])
    ])
  }
}
