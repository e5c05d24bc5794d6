import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { getAt, type Obj } from './managed-fields.js'
import type { ObjectStore } from './object-store.js'
import { RESOURCES, type ResourceType } from './resources.js'

const APPS = RESOURCES.find((r) => r.kind === 'MendixApp')!
const EVENTS = RESOURCES.find((r) => r.kind === 'Event')!

/**
 * How the stand-in plays the Mendix Operator. The documents name the statuses and that each
 * reaches Ready ("Monitoring the Build Process"), that a changed sourceURL runs a build pod that
 * downloads the MDA without credentials and is not retried after a failure, that the runtime is
 * restarted only after a successful build, with a full stop for a changed MDA, and that
 * controllers send events ("Private Cloud Technical Appendix" 01 and 02). They do not name the
 * in-between or failure values, or observedGeneration: those below are the stand-in's own
 * (Building, Provisioning, Starting, Failed; observedGeneration per Kubernetes API conventions),
 * and mxdeploy must not depend on more than "Ready", "fail"/"error" in a value, and events.
 */
export type OperatorMode =
  /** Builds, starts and reports Ready. */
  | 'normal'
  /** The build pod fails (as if the MDA could not be processed). */
  | 'fail-build'
  /** The build succeeds, the runtime does not start. */
  | 'fail-runtime'
  /** Takes up the change and never finishes it. */
  | 'hang'
  /** Does not react at all. */
  | 'asleep'

export interface OperatorOptions {
  /** Time per step (build, start), default 20 ms. */
  stepMs?: number
  /** Whether the status reports observedGeneration (default true). */
  observedGeneration?: boolean
  /** How long a change waits before the operator takes it up (default 0: at once). */
  reactMs?: number
}

/** What one MendixApp runs, as the stand-in operator knows it. */
export interface OperatorRun {
  sourceURL: string
  sha256: string
  constants: Record<string, string>
  dtapMode: unknown
  replicas: number
}

interface AppWork {
  generation: number
  timers: NodeJS.Timeout[]
  /** The sourceURL whose build succeeded, and its MDA's SHA-256. */
  built?: { sourceURL: string; sha256: string }
  failedBuild?: string
}

export class StandInOperator {
  mode: OperatorMode = 'normal'
  /** Every build: the sourceURL, and the MDA's SHA-256 or the failure. */
  readonly builds: { app: string; sourceURL: string; sha256?: string; error?: string }[] = []
  private readonly work = new Map<string, AppWork>()
  private readonly runs = new Map<string, OperatorRun>()

  constructor(
    private readonly store: ObjectStore,
    private readonly options: OperatorOptions = {}
  ) {
    store.onMendixApp((object) => this.changed(object))
  }

  /** What the MendixApp runs now, or undefined. */
  running(namespace: string, name: string): OperatorRun | undefined {
    return this.runs.get(`${namespace}/${name}`)
  }

  /** Stops every pending step (end of a test). */
  stop(): void {
    for (const work of this.work.values()) for (const timer of work.timers) clearTimeout(timer)
  }

  private get stepMs(): number {
    return this.options.stepMs ?? 20
  }

  private status(namespace: string, name: string, status: Obj): void {
    this.store.mergePatch(APPS, namespace, name, { status }, 'mendix-operator', 'status')
  }

  /** A core/v1 Event about the MendixApp, as a controller records it. */
  event(
    namespace: string,
    app: Obj,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string
  ): void {
    const metadata = app['metadata'] as Obj
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    this.store.put(EVENTS, namespace, {
      metadata: {
        name: `${String(metadata['name'])}.${randomBytes(8).toString('hex')}`,
        namespace
      },
      involvedObject: {
        kind: 'MendixApp',
        namespace,
        name: metadata['name'],
        uid: metadata['uid'],
        apiVersion: APPS.group + '/' + APPS.version,
        resourceVersion: metadata['resourceVersion']
      },
      reason,
      message,
      source: { component: 'mendix-operator' },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: 'mendix-operator',
      reportingInstance: randomUUID()
    })
  }

  private changed(object: Obj): void {
    const metadata = object['metadata'] as Obj
    const namespace = String(metadata['namespace'])
    const name = String(metadata['name'])
    const generation = metadata['generation'] as number
    const key = `${namespace}/${name}`
    const work = this.work.get(key) ?? { generation: 0, timers: [] }
    this.work.set(key, work)
    if (generation === work.generation) return // a status or metadata write
    // "the Mendix Operator will cancel any changes it is still processing"
    for (const timer of work.timers) clearTimeout(timer)
    work.timers = []
    work.generation = generation
    if (this.mode === 'asleep') return
    const react = (): void => this.takeUp(object, work, namespace, name, generation)
    if (this.options.reactMs) work.timers.push(setTimeout(react, this.options.reactMs))
    else react()
  }

  private takeUp(
    object: Obj,
    work: AppWork,
    namespace: string,
    name: string,
    generation: number
  ): void {
    const sourceURL = String(getAt(object, ['spec', 'sourceURL']))
    const first = !object['status']
    const newBuild = work.built?.sourceURL !== sourceURL
    const seen = this.options.observedGeneration === false ? {} : { observedGeneration: generation }
    if (work.failedBuild === sourceURL) {
      // "the Build controller will not try to run the build pod again"
      this.status(namespace, name, { ...seen })
      return
    }
    this.status(namespace, name, {
      ...seen,
      ...(first
        ? {
            databaseStatus: 'Provisioning',
            storageStatus: 'Provisioning',
            networkStatus: 'Provisioning'
          }
        : {}),
      ...(newBuild ? { buildStatus: 'Building' } : {}),
      mendixAppState: 'Provisioning',
      runtimeStatus: first ? 'Provisioning' : 'Starting',
      appState: first || newBuild ? 'Stopped' : (object['status'] as Obj)['appState']
    })
    if (this.mode === 'hang') return
    const later = (ms: number, step: () => Promise<void> | void): void => {
      work.timers.push(setTimeout(() => void step(), ms))
    }
    later(this.stepMs, async () => {
      if (newBuild) {
        const built = await this.build(name, sourceURL)
        if (work.generation !== generation) return
        if ('error' in built) {
          work.failedBuild = sourceURL
          this.status(namespace, name, { buildStatus: 'Failed' })
          this.event(namespace, object, 'Warning', 'BuildFailed', built.error)
          return
        }
        work.built = { sourceURL, sha256: built.sha256 }
        work.failedBuild = undefined
        this.event(
          namespace,
          object,
          'Normal',
          'BuildSucceeded',
          `built the app image from ${sourceURL}`
        )
      }
      this.status(namespace, name, {
        buildStatus: 'Ready',
        databaseStatus: 'Ready',
        storageStatus: 'Ready',
        networkStatus: 'Ready'
      })
      later(this.stepMs, () => this.start(namespace, name, object, work))
    })
  }

  private start(namespace: string, name: string, object: Obj, work: AppWork): void {
    if (this.mode === 'fail-runtime') {
      this.status(namespace, name, { runtimeStatus: 'Failed', appState: 'Stopped' })
      this.event(
        namespace,
        object,
        'Warning',
        'RuntimeFailed',
        'the runtime did not start: it exited during startup'
      )
      this.runs.delete(`${namespace}/${name}`)
      return
    }
    const replicas = (getAt(object, ['spec', 'replicas']) as number | undefined) ?? 1
    this.runs.set(`${namespace}/${name}`, {
      sourceURL: work.built!.sourceURL,
      sha256: work.built!.sha256,
      constants: (getAt(object, ['spec', 'runtime', 'microflowConstants']) ?? {}) as Record<
        string,
        string
      >,
      dtapMode: getAt(object, ['spec', 'runtime', 'dtapMode']),
      replicas
    })
    this.status(namespace, name, {
      mendixAppState: 'Ready',
      runtimeStatus: 'Ready',
      appState: replicas > 0 ? 'Started' : 'Stopped'
    })
    this.event(
      namespace,
      object,
      'Normal',
      'Started',
      `runtime ${replicas > 0 ? 'started' : 'stopped'} with ${replicas} replica(s)`
    )
  }

  /** The build pod: downloads the MDA from sourceURL without credentials, as the documents say. */
  private async build(
    app: string,
    sourceURL: string
  ): Promise<{ sha256: string } | { error: string }> {
    let result: { sha256: string } | { error: string }
    if (this.mode === 'fail-build') {
      result = { error: 'the build pod failed: could not convert the MDA into an app image' }
    } else {
      try {
        const res = await fetch(sourceURL, { signal: AbortSignal.timeout(10_000) })
        const bytes = Buffer.from(await res.arrayBuffer())
        if (res.status !== 200)
          result = { error: `could not download ${sourceURL}: HTTP ${res.status}` }
        else if (bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
          result = { error: `${sourceURL} is not an MDA (not a zip file)` }
        else result = { sha256: createHash('sha256').update(bytes).digest('hex') }
      } catch (error) {
        result = { error: `could not download ${sourceURL}: ${(error as Error).message}` }
      }
    }
    this.builds.push({ app, sourceURL, ...result })
    return result
  }
}

export type { ResourceType }
