import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { parse as parseYaml, stringify } from 'yaml'
import { getAt, isObject, type Obj } from './managed-fields.js'
import { ObjectStore } from './object-store.js'
import { StandInOperator, type OperatorOptions } from './operator.js'
import { discovery, findResource, groupVersion, RESOURCES, type ResourceType } from './resources.js'
import { statuses, type Reply } from './status.js'
import { testTls } from './tls.js'

/** A fault in front of the API: an error status, no answer at all, or a cut connection. */
export interface Fault {
  method?: string
  path: RegExp
  /** `cut-after`: the request takes effect, then the connection is cut before the answer. */
  kind: 'status' | 'hang' | 'cut' | 'cut-after'
  reply?: Reply
  times: number
}

export interface RequestRecord {
  method: string
  path: string
  query: URLSearchParams
  contentType: string | undefined
  userAgent: string | undefined
  status: number
  /** What an apply sent, parsed. */
  body?: unknown
}

const NAMESPACES = RESOURCES.find((r) => r.name === 'namespaces')!

/**
 * A stand-in Kubernetes API server on 127.0.0.1 over HTTPS (its CA in the kubeconfig it writes),
 * following the REST conventions of Kubernetes "API Concepts": discovery, namespaced resource
 * paths, lists with resourceVersion and continue, server-side apply with managedFields per
 * manager and 409 conflicts, JSON merge patches, Status bodies for 401/403/404/409/415/422. It
 * serves MendixApps (validated against the documented spec), Events, ServiceAccounts and
 * SecretProviderClasses, plays the Mendix Operator, and can fail, hang and cut connections.
 */
export class KubernetesStandIn {
  readonly store = new ObjectStore()
  readonly operator: StandInOperator
  readonly requests: RequestRecord[] = []
  readonly token = `mxdeploy-test-${randomBytes(12).toString('hex')}`
  private readonly faults: Fault[] = []
  private readonly forbidden = new Set<string>()
  private readonly sockets = new Set<Socket>()
  url = ''
  ca = ''

  private constructor(
    private readonly server: Server,
    operator: OperatorOptions
  ) {
    this.operator = new StandInOperator(this.store, operator)
  }

  static async start(
    options: { operator?: OperatorOptions; namespaces?: string[] } = {}
  ): Promise<KubernetesStandIn> {
    const tls = await testTls()
    const server = createServer({ key: tls.key, cert: tls.cert })
    const standIn = new KubernetesStandIn(server, options.operator ?? {})
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      void standIn.handle(req, res)
    })
    server.on('secureConnection', (socket) => {
      standIn.sockets.add(socket)
      socket.on('close', () => standIn.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('no address')
    standIn.url = `https://127.0.0.1:${address.port}`
    standIn.ca = tls.ca
    for (const namespace of options.namespaces ?? ['mendix']) standIn.addNamespace(namespace)
    return standIn
  }

  addNamespace(name: string): void {
    this.store.namespaces.add(name)
    this.store.put(NAMESPACES, '', {
      metadata: { name },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' }
    })
  }

  /** The next `times` requests matching meet the fault. */
  fault(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault })
  }

  /** Requests of `verb` on `resource` are refused with 403, as RBAC would. */
  forbid(verb: string, resource: string): void {
    this.forbidden.add(`${verb} ${resource}`)
  }

  /** A MendixApp as the API server holds it. */
  app(namespace: string, name: string): Obj | undefined {
    return this.store.get(RESOURCES[0]!, namespace, name)
  }

  /** Puts an object of a served kind into a namespace, as another tool would have. */
  put(kind: string, namespace: string, object: Obj): Obj {
    const type = RESOURCES.find((r) => r.kind === kind)
    if (!type) throw new Error(`the stand-in does not serve ${kind}`)
    return this.store.put(type, namespace, object)
  }

  /** A kubeconfig for this server: CA data, a bearer token, one context per entry. */
  async writeKubeconfig(
    file: string,
    options: { context?: string; namespace?: string; token?: string; current?: boolean } = {}
  ): Promise<string> {
    const context = options.context ?? 'stand-in'
    const doc = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'stand-in',
          cluster: {
            server: this.url,
            'certificate-authority-data': Buffer.from(this.ca).toString('base64')
          }
        }
      ],
      users: [{ name: 'deployer', user: { token: options.token ?? this.token } }],
      contexts: [
        {
          name: context,
          context: {
            cluster: 'stand-in',
            user: 'deployer',
            namespace: options.namespace ?? 'mendix'
          }
        }
      ],
      ...(options.current === false ? {} : { 'current-context': context }),
      preferences: {}
    }
    await writeFile(file, stringify(doc))
    return file
  }

  async close(): Promise<void> {
    this.operator.stop()
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://stand-in')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const record: RequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      contentType: req.headers['content-type'],
      userAgent: req.headers['user-agent'],
      status: 0
    }
    this.requests.push(record)
    const fault = this.faults.find(
      (f) => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === record.method)
    )
    if (fault) fault.times--
    if (fault?.kind === 'hang') return
    if (fault?.kind === 'cut') {
      req.socket.destroy()
      return
    }
    let reply: Reply
    if (fault?.kind === 'status') {
      reply = fault.reply ?? statuses.unavailable()
    } else if (req.headers.authorization !== `Bearer ${this.token}`) {
      reply = statuses.unauthorized()
    } else {
      try {
        reply = this.route(record, body)
      } catch (error) {
        reply = statuses.internal((error as Error).message)
      }
    }
    if (fault?.kind === 'cut-after') {
      req.socket.destroy()
      return
    }
    record.status = reply.status
    res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers })
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
  }

  private route(record: RequestRecord, body: string): Reply {
    const { path } = record
    if (record.method === 'GET') {
      const doc = discovery(path, this.url.slice('https://'.length))
      if (doc) return { status: 200, body: doc }
    }
    const core = /^\/api\/v1\/namespaces(?:\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?)?$/.exec(path)
    const grouped =
      /^\/apis\/([^/]+)\/([^/]+)\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/.exec(
        path
      )
    if (core && !core[2]) {
      // the namespaces themselves
      if (record.method !== 'GET') return statuses.methodNotAllowed()
      if (!core[1]) return this.list(NAMESPACES, '', record.query)
      const found = this.store.get(NAMESPACES, '', core[1])
      return found ? { status: 200, body: found } : statuses.notFound('namespaces', '', core[1])
    }
    const parts = core
      ? {
          group: '',
          version: 'v1',
          namespace: core[1]!,
          resource: core[2]!,
          name: core[3],
          sub: undefined
        }
      : grouped
        ? {
            group: grouped[1]!,
            version: grouped[2]!,
            namespace: grouped[3]!,
            resource: grouped[4]!,
            name: grouped[5],
            sub: grouped[6]
          }
        : undefined
    if (!parts) return statuses.noRoute()
    const type = findResource(parts.group, parts.version, parts.resource)
    if (!type || (parts.sub && (parts.sub !== 'status' || !type.status))) return statuses.noRoute()
    const verb =
      record.method === 'GET'
        ? parts.name
          ? 'get'
          : 'list'
        : record.method === 'PATCH'
          ? 'patch'
          : record.method.toLowerCase()
    if (this.forbidden.has(`${verb} ${type.name}`)) {
      return statuses.forbidden(
        verb,
        type.name,
        type.group,
        parts.namespace,
        'system:serviceaccount:ci:deployer'
      )
    }
    if (record.method === 'GET') {
      if (!parts.name) return this.list(type, parts.namespace, record.query)
      const found = this.store.get(type, parts.namespace, parts.name)
      return found
        ? { status: 200, body: found }
        : statuses.notFound(type.name, type.group, parts.name)
    }
    if (record.method === 'PATCH' && parts.name && type.verbs.includes('patch')) {
      return this.patch(type, parts.namespace, parts.name, parts.sub, record, body)
    }
    return statuses.methodNotAllowed()
  }

  private list(type: ResourceType, namespace: string, query: URLSearchParams): Reply {
    let items = this.store.list(type, type.namespaced ? namespace : undefined)
    const fieldSelector = query.get('fieldSelector')
    for (const term of fieldSelector ? fieldSelector.split(',') : []) {
      const [field, value] = term.split('=') as [string, string | undefined]
      const supported = [
        'metadata.name',
        'metadata.namespace',
        ...(type.kind === 'Event'
          ? [
              'involvedObject.kind',
              'involvedObject.name',
              'involvedObject.namespace',
              'involvedObject.uid',
              'reason',
              'type'
            ]
          : [])
      ]
      if (!supported.includes(field))
        return statuses.badRequest(`field label not supported: ${field}`)
      items = items.filter((item) => String(getAt(item, field.split('.'))) === value)
    }
    const labelSelector = query.get('labelSelector')
    for (const term of labelSelector ? labelSelector.split(',') : []) {
      const [label, value] = term.split('=') as [string, string | undefined]
      items = items.filter((item) => {
        const labels = getAt(item, ['metadata', 'labels'])
        const actual = isObject(labels) ? labels[label] : undefined
        return value === undefined ? actual !== undefined : actual === value
      })
    }
    const offset = Number(
      query.get('continue') ? Buffer.from(query.get('continue')!, 'base64url').toString() : 0
    )
    const limit = Number(query.get('limit') ?? 0)
    const page = limit > 0 ? items.slice(offset, offset + limit) : items.slice(offset)
    const next =
      limit > 0 && offset + limit < items.length
        ? Buffer.from(String(offset + limit)).toString('base64url')
        : undefined
    return {
      status: 200,
      body: {
        kind: `${type.kind}List`,
        apiVersion: groupVersion(type),
        metadata: {
          resourceVersion: this.store.resourceVersion,
          ...(next ? { continue: next } : {})
        },
        items: page
      }
    }
  }

  private patch(
    type: ResourceType,
    namespace: string,
    name: string,
    sub: string | undefined,
    record: RequestRecord,
    text: string
  ): Reply {
    const contentType = (record.contentType ?? '').split(';')[0]!.trim()
    let body: unknown
    try {
      body = contentType === 'application/apply-patch+yaml' ? parseYaml(text) : JSON.parse(text)
    } catch (error) {
      return statuses.badRequest(`error decoding patch: ${(error as Error).message}`)
    }
    record.body = body
    if (!isObject(body)) return statuses.badRequest('the body of the request must be an object')
    const manager = record.query.get('fieldManager') ?? undefined
    if (contentType === 'application/apply-patch+yaml') {
      if (sub) return statuses.methodNotAllowed()
      if (!manager) {
        return statuses.invalid('PatchOptions', 'meta.k8s.io', '', [
          {
            reason: 'FieldValueRequired',
            message: 'Required value: is required for apply patch',
            field: 'fieldManager'
          }
        ])
      }
      const force = record.query.get('force')
      if (force !== null && force !== 'true' && force !== 'false') {
        return statuses.badRequest(`invalid force value ${force}`)
      }
      const metadata = isObject(body['metadata']) ? body['metadata'] : {}
      if (body['apiVersion'] !== groupVersion(type) || body['kind'] !== type.kind) {
        return statuses.badRequest(
          `the body's apiVersion and kind (${String(body['apiVersion'])} ${String(body['kind'])}) are not ${groupVersion(type)} ${type.kind}`
        )
      }
      if (metadata['name'] !== name) {
        return statuses.badRequest(
          `the name of the object (${String(metadata['name'])}) does not match the name on the URL (${name})`
        )
      }
      if (metadata['namespace'] !== undefined && metadata['namespace'] !== namespace) {
        return statuses.badRequest(
          'the namespace of the provided object does not match the namespace sent on the request'
        )
      }
      if (metadata['managedFields'] !== undefined)
        return statuses.badRequest('metadata.managedFields must be nil')
      if (body['status'] !== undefined)
        return statuses.badRequest('status cannot be applied to the main resource')
      if (!this.store.namespaces.has(namespace))
        return statuses.notFound('namespaces', '', namespace)
      const result = this.store.apply(type, namespace, name, body, manager, force === 'true')
      return result.ok ? { status: 200, body: result.object } : result.reply
    }
    if (contentType === 'application/merge-patch+json') {
      const who = manager ?? (record.userAgent ?? 'unknown').split('/')[0]!
      const result = this.store.mergePatch(
        type,
        namespace,
        name,
        body,
        who,
        sub === 'status' ? 'status' : undefined
      )
      return result.ok ? { status: 200, body: result.object } : result.reply
    }
    return statuses.unsupportedMediaType(contentType)
  }
}
