import { randomUUID } from 'node:crypto'

/**
 * The state of the Cloud Foundry stand-in. Shapes follow the v3 API reference
 * (cloud_controller_ng docs/v3/source: api_resources/_apps.erb, _packages.erb, _builds.erb,
 * _droplets.erb, _deployments.erb, _processes.erb, _audit_events.erb) with our own values.
 */

export interface FakeUser {
  username: string
  password: string
  /** Space Developer in every space (else Space Auditor: reads only). */
  spaceDeveloper: boolean
}

export interface FakeClient {
  id: string
  secret: string
}

export interface FakeToken {
  access: string
  /** Who it was given to: a user's name or a client's id. */
  subject: string
  user: FakeUser | undefined
  valid: boolean
}

export interface Quota {
  /** Total memory of the org's or space's started processes and stagings, in MB. */
  memoryMb: number | undefined
}

export interface FakeOrg {
  guid: string
  name: string
  quota: Quota
}

export interface FakeSpace {
  guid: string
  name: string
  orgGuid: string
  quota: Quota
}

export interface Metadata {
  labels: Record<string, string>
  annotations: Record<string, string>
}

/** What the buildpack reads of model/metadata.json (runtime.py): constants and events. */
export interface ModelFacts {
  runtimeVersion: string
  modelVersion: string
  constants: { name: string; type: string; defaultValue: string }[]
  scheduledEvents: string[]
}

export interface FakeRevision {
  guid: string
  version: number
  /** The app's variables when the revision was made: what its instances run with. */
  env: Record<string, string>
  droplet: string
}

export interface FakeProcess {
  guid: string
  appGuid: string
  type: 'web'
  instances: number
  memoryMb: number
  revision: FakeRevision | undefined
  /** Stats reads since the instances were started; STARTING for the first few. */
  reads: number
  running: boolean
}

export interface FakeApp {
  guid: string
  name: string
  spaceGuid: string
  state: 'STARTED' | 'STOPPED'
  lifecycleType: 'buildpack' | 'docker'
  buildpacks: string[]
  env: Record<string, string>
  metadata: Metadata
  currentDroplet: string | undefined
  /** A database service is bound (VCAP_SERVICES has one): the buildpack stages. */
  databaseBound: boolean
  web: FakeProcess
  revisions: FakeRevision[]
  routes: string[]
  createdAt: string
  updatedAt: string
}

export interface FakePackage {
  guid: string
  appGuid: string
  state: 'AWAITING_UPLOAD' | 'PROCESSING_UPLOAD' | 'READY' | 'FAILED' | 'EXPIRED'
  metadata: Metadata
  /** Where the uploaded bits are kept, and what was read of them. */
  bitsPath: string | undefined
  bitsSha256: string | undefined
  entries: string[]
  model: ModelFacts | undefined
  error: string | null
  reads: number
  createdAt: string
  updatedAt: string
}

export interface FakeBuild {
  guid: string
  appGuid: string
  packageGuid: string
  buildpacks: string[]
  state: 'STAGING' | 'STAGED' | 'FAILED'
  error: string | null
  dropletGuid: string | undefined
  reads: number
  createdAt: string
  updatedAt: string
}

export interface FakeDroplet {
  guid: string
  appGuid: string
  packageGuid: string
  state: 'STAGED' | 'EXPIRED'
  buildpacks: string[]
  model: ModelFacts
  metadata: Metadata
  seq: number
  createdAt: string
  updatedAt: string
}

export interface FakeDeployment {
  guid: string
  appGuid: string
  droplet: string
  previousDroplet: string | undefined
  value: 'ACTIVE' | 'FINALIZED'
  reason: 'DEPLOYING' | 'CANCELING' | 'DEPLOYED' | 'CANCELED' | 'SUPERSEDED'
  newProcess: FakeProcess | undefined
  revision: FakeRevision
  reads: number
  createdAt: string
  updatedAt: string
}

export interface FakeAuditEvent {
  guid: string
  type: string
  createdAt: string
  actor: { guid: string; type: string; name: string }
  target: { guid: string; type: string; name: string }
  data: Record<string, unknown>
  spaceGuid: string
  orgGuid: string
}

export interface FakeEnvelope {
  appGuid: string
  /** Nanoseconds since the epoch. */
  timestamp: bigint
  sourceType: string
  instanceId: string
  text: string
  type: 'OUT' | 'ERR'
}

/** How the stand-in plays the platform; tests change it. */
export interface Behaviour {
  /** GETs of a processed upload before it is READY. */
  packageReads: number
  /** GETs of a build before staging ends. */
  stagingReads: number
  /** GETs of a deployment before it is DEPLOYED (when its instances run). */
  deploymentReads: number
  /** Stats reads of new instances before they run or crash. */
  startingReads: number
  /** The largest page the lists give, whatever per_page asks (to test pagination). */
  pageSize: number | undefined
  /** Buildpacks installed by name (cf buildpacks). */
  buildpacks: string[]
  /** The operator disabled buildpacks given by URL. */
  customBuildpacksDisabled: boolean
  /** cc.packages.max_package_size: the sum of the uncompressed entries, in bytes. */
  maxPackageBytes: number
  /** cc.droplets.max_staged_droplets_stored: older ones expire (the current one is kept). */
  maxStagedDroplets: number
  /** Memory a staging takes, in MB. */
  stagingMemoryMb: number
  /** The next page link of lists points to this origin (a hostile or broken platform). */
  foreignNextLink: string | undefined
}

export interface FakeState {
  users: FakeUser[]
  clients: FakeClient[]
  tokens: Map<string, FakeToken>
  refreshTokens: Map<string, string>
  orgs: FakeOrg[]
  spaces: FakeSpace[]
  apps: FakeApp[]
  packages: FakePackage[]
  builds: FakeBuild[]
  droplets: FakeDroplet[]
  deployments: FakeDeployment[]
  events: FakeAuditEvent[]
  envelopes: FakeEnvelope[]
  behaviour: Behaviour
  seq: number
  /** Where uploaded bits are kept. */
  bitsDir: string
}

export function defaultBehaviour(): Behaviour {
  return {
    packageReads: 0,
    stagingReads: 1,
    deploymentReads: 1,
    startingReads: 1,
    pageSize: undefined,
    buildpacks: ['mendix_buildpack', 'java_buildpack'],
    customBuildpacksDisabled: false,
    maxPackageBytes: 1073741824,
    maxStagedDroplets: 5,
    stagingMemoryMb: 1024,
    foreignNextLink: undefined
  }
}

export const guid = (): string => randomUUID()

/** Timestamps as the examples show them: ISO-8601 UTC, whole seconds. */
export function iso(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function emptyMetadata(): Metadata {
  return { labels: {}, annotations: {} }
}

export function newProcess(
  app: { guid: string },
  instances: number,
  memoryMb: number
): FakeProcess {
  return {
    guid: guid(),
    appGuid: app.guid,
    type: 'web',
    instances,
    memoryMb,
    revision: undefined,
    reads: 0,
    running: false
  }
}

/** A platform with nothing on it yet; uploaded bits go to `bitsDir`. */
export function emptyState(bitsDir: string): FakeState {
  return {
    users: [],
    clients: [],
    tokens: new Map(),
    refreshTokens: new Map(),
    orgs: [],
    spaces: [],
    apps: [],
    packages: [],
    builds: [],
    droplets: [],
    deployments: [],
    events: [],
    envelopes: [],
    behaviour: defaultBehaviour(),
    seq: 0,
    bitsDir
  }
}
