import {
  AbortError,
  ApiException,
  FetchError,
  KubernetesObjectApi,
  PatchStrategy,
  ServerConfiguration,
  createConfiguration,
  type KubernetesObject
} from '@kubernetes/client-node'
import { ConfigurationError, errorMessage, OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { redactCredentials } from '../../redact.js'
import {
  RetriesExhaustedError,
  TransientError,
  withRetries,
  type RetryPolicy
} from '../../net/retry-policy.js'
import { retryAfterMs, TRANSIENT_STATUSES } from '../../net/transient.js'
import { errorForStatus, statusOf, type CallContext } from './api-errors.js'
import { resolveKubeConfig } from './kubeconfig.js'

/** How long one request may go unanswered before it counts as lost (and is tried again). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

export interface ClusterOptions {
  env: NodeJS.ProcessEnv
  /** kubeconfig context; undefined: the current one. */
  context: string | undefined
  namespace: string
  retry: RetryPolicy
  log: Logger
  requestTimeoutMs?: number
}

/** What provides a kind the target uses, for the message when a cluster lacks it. */
const INSTALL: Record<string, string> = {
  MendixApp:
    'install the Mendix Operator and its custom resource definitions (Mendix docs: "Using Command Line to Deploy a Mendix App to a Private Cloud Cluster")',
  SecretProviderClass:
    'install the Kubernetes Secrets Store CSI driver and a provider (Mendix docs: "Configuring a Secret Store with the Secrets Store CSI Driver")'
}

/** Which object a call is about. */
export interface ObjectRef {
  apiVersion: string
  kind: string
  name: string
}

/** What server-side apply needs of an object. */
export interface Applied {
  apiVersion: string
  kind: string
  metadata: { name: string; namespace?: string }
}

/** KubernetesObjectApi with its discovery step callable on its own. */
class ObjectApi extends KubernetesObjectApi {
  discover(apiVersion: string, kind: string): ReturnType<KubernetesObjectApi['resource']> {
    return this.resource(apiVersion, kind)
  }
}

/** Plain JSON, as the API server sent it (client-node turns timestamps into Dates). */
function plain<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * One namespace of one cluster through @kubernetes/client-node: the kubeconfig resolved as kubectl
 * does, each request bounded in time, lost answers, 429 and 5xx retried under the shared policy
 * (every call here is a read or a server-side apply, which gives the same result when repeated),
 * and errors turned into messages that say what to fix.
 */
export class Cluster {
  readonly description: string
  private readonly api: ObjectApi
  private readonly discovered = new Map<string, Promise<void>>()

  constructor(private readonly options: ClusterOptions) {
    const resolved = resolveKubeConfig(options.env, options.context)
    this.description = redactCredentials(resolved.description)
    const cluster = resolved.config.getCurrentCluster()!
    const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    this.api = new ObjectApi(
      createConfiguration({
        baseServer: new ServerConfiguration(cluster.server, {}),
        authMethods: { default: resolved.config },
        promiseMiddleware: [
          {
            pre: (context) => {
              context.setSignal(AbortSignal.timeout(timeoutMs))
              return Promise.resolve(context)
            },
            post: (context) => Promise.resolve(context)
          }
        ]
      })
    )
  }

  private call(what: string): CallContext {
    return { what, namespace: this.options.namespace, cluster: this.description }
  }

  /** A network fault or a "not now" answer, as the retry policy's TransientError. */
  private transient(error: unknown): TransientError | undefined {
    if (error instanceof ApiException && TRANSIENT_STATUSES.has(error.code)) {
      const headers = error.headers as Record<string, string | undefined>
      return new TransientError(`HTTP ${error.code} ${statusOf(error)?.reason ?? ''}`.trim(), {
        retryAfterMs: retryAfterMs(headers['retry-after'], this.options.retry.clock.now()),
        cause: error
      })
    }
    if (error instanceof AbortError) {
      const ms = this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
      return new TransientError(`no answer within ${ms / 1000} s`, { cause: error })
    }
    if (error instanceof FetchError) {
      const code = (error as FetchError & { code?: string }).code
      return new TransientError(`no answer (${code ?? error.message})`, { cause: error })
    }
    return undefined
  }

  /** Runs one request under the retry policy; failures become errors that say what to do. */
  private async request<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    try {
      return await withRetries(
        this.options.retry,
        {
          what: `${what} on ${this.description}`,
          advice: 'check that the cluster is reachable from here and try again',
          onRetry: (line) => this.options.log.info(`  ${line}`)
        },
        async () => {
          try {
            return await attempt()
          } catch (error) {
            throw this.transient(error) ?? error
          }
        }
      )
    } catch (error) {
      if (error instanceof ApiException) {
        throw errorForStatus(error.code, statusOf(error), this.call(what))
      }
      if (error instanceof RetriesExhaustedError || error instanceof ConfigurationError) throw error
      if (error instanceof OperationError) throw error
      throw new OperationError(`${what} on ${this.description} failed: ${errorMessage(error)}`)
    }
  }

  /** Whether the cluster serves the kind; a ConfigurationError naming what to install if not. */
  private discover(apiVersion: string, kind: string): Promise<void> {
    const key = `${apiVersion} ${kind}`
    let found = this.discovered.get(key)
    if (!found) {
      const missing = (why: string): ConfigurationError =>
        new ConfigurationError(
          `${this.description} does not serve ${kind} (${apiVersion}): ${why}; ${INSTALL[kind] ?? `install what provides ${kind}`}`
        )
      found = this.request(`asking for the ${kind} resource type`, async () => {
        try {
          return await this.api.discover(apiVersion, kind)
        } catch (error) {
          if (error instanceof ApiException && error.code === 404) return undefined
          throw error
        }
      }).then((resource) => {
        if (!resource) throw missing(`${apiVersion} lists no ${kind}`)
      })
      this.discovered.set(key, found)
      found.catch(() => this.discovered.delete(key))
    }
    return found
  }

  /** One object of the namespace, or undefined when it does not exist. */
  async read<T>(ref: ObjectRef): Promise<T | undefined> {
    await this.discover(ref.apiVersion, ref.kind)
    const what = `reading ${ref.kind} ${this.options.namespace}/${ref.name}`
    const found = await this.request(what, async () => {
      try {
        return await this.api.read({
          apiVersion: ref.apiVersion,
          kind: ref.kind,
          metadata: { name: ref.name, namespace: this.options.namespace }
        })
      } catch (error) {
        if (error instanceof ApiException && error.code === 404) return undefined
        throw error
      }
    })
    return found === undefined ? undefined : plain<T>(found)
  }

  /** Every object of a kind in the namespace, page by page. */
  async list<T>(apiVersion: string, kind: string, fieldSelector?: string): Promise<T[]> {
    await this.discover(apiVersion, kind)
    const items: T[] = []
    let token: string | undefined
    do {
      const page = plain<{ items?: T[]; metadata?: { continue?: string; _continue?: string } }>(
        await this.request(`listing ${kind} objects in namespace ${this.options.namespace}`, () =>
          this.api.list(
            apiVersion,
            kind,
            this.options.namespace,
            undefined,
            undefined,
            undefined,
            fieldSelector,
            undefined,
            500,
            token
          )
        )
      )
      items.push(...(page.items ?? []))
      token = page.metadata?.continue ?? page.metadata?._continue ?? undefined
    } while (token)
    return items
  }

  /**
   * Server-side apply of `object` with field manager `manager` (force only when asked): creates
   * it or merges it into the live object. Repeating it gives the same result, so it is retried.
   */
  async apply<T extends Applied>(object: T, manager: string, force: boolean): Promise<T> {
    await this.discover(object.apiVersion, object.kind)
    const what = `applying ${object.kind} ${this.options.namespace}/${object.metadata.name}`
    const applied = await this.request(what, () =>
      this.api.patch(
        plain<KubernetesObject>(object),
        undefined,
        undefined,
        manager,
        force,
        PatchStrategy.ServerSideApply
      )
    )
    return plain<T>(applied)
  }
}
