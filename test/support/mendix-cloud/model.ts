import { randomUUID } from 'node:crypto'
import type { ModelMetadata } from '../../../src/mda/metadata.js'

/** A deployment package as the Build API describes it, plus what the fake learned from its bytes. */
export interface FakePackage {
  PackageId: string
  Name: string
  Description: string
  Version: string
  Creator: string
  CreationDate: number
  /** Succeeded, Queued, Building, Uploading or Failed. */
  Status: string
  Size: number
  sha256: string
  /** model/metadata.json of the MDA; undefined when it was not a readable MDA. */
  metadata: ModelMetadata | undefined
  /** Transport attempts still answered 503 "still being processed". */
  processing: number
}

export interface FakeConstant {
  Name: string
  DataType: string
  Value: string | null
  DeployedValue: string | null
}

export interface FakeEvent {
  Name: string
  Value: 'Enabled' | 'Disabled'
  DeployedValue: 'Enabled' | 'Disabled'
}

export interface FakeEnvironment {
  EnvironmentId: string
  Mode: string
  Production: boolean
  Url: string
  Status: 'Empty' | 'Stopped' | 'Running'
  /** The package transported to it (what runs after the next start). */
  packageId: string | undefined
  /** The model version the database was last synchronized to. */
  dbModelVersion: string | undefined
  constants: FakeConstant[]
  events: FakeEvent[]
  /** Runtime versions it accepts (INVALID_RUNTIME_VERSION otherwise). */
  runtimes: RegExp
  /** false: transport answers APP_IS_RUNNING while it runs (as older clouds did). */
  transportWhileRunning: boolean
  /** "1" makes a start fail with INSECURE_ADMIN_PASSWORD. */
  adminPassword: string
  /** Environment reads that still say Running after a stop. */
  stopping: number
}

export interface FakeApp {
  AppId: string
  ProjectId: string
  Name: string
  environments: FakeEnvironment[]
  packages: FakePackage[]
}

export type Right = 'api' | 'transport' | 'backups'

export interface FakeUser {
  username: string
  apiKey: string
  /** Rights per environment Mode (lower case); a Mode not listed has all rights. */
  rights: Map<string, Set<Right>>
}

export interface UploadJob {
  kind: 'upload'
  id: string
  packageId: string
  polls: number
  outcome: 'Completed' | 'Failed'
}

export interface StartJob {
  kind: 'start'
  id: string
  environment: FakeEnvironment
  polls: number
  autoSyncDb: boolean
}

export interface FakeSnapshot {
  snapshot_id: string
  state: 'queued' | 'running' | 'completed' | 'failed'
  status_message: string | null
  model_version: string | null
  comment: string | null
  created_at: string
  finished_at: string | null
  updated_at: string | null
  expires_at: string
  polls: number
  outcome: 'completed' | 'failed'
  environmentId: string
}

/** What the tests turn to make jobs slow or fail; each counts polls, never time. */
export interface Behaviour {
  /** Job status reads before an upload job ends. */
  uploadPolls: number
  uploadOutcome: 'Completed' | 'Failed'
  /** Transport attempts answered 503 after an upload. */
  processingAttempts: number
  snapshotPolls: number
  snapshotOutcome: 'completed' | 'failed'
  startPolls: number
  /** Environment reads that still say Running after a stop. */
  stopPolls: number
  /** A documented start-job error code the next start ends with (MISSING_CONSTANT, …). */
  startError: string | undefined
}

/** What the fake saw of one upload, for the tests to check field by field. */
export interface UploadRecord {
  appId: string
  nameParameter: string | null
  field: string | undefined
  fileName: string | undefined
  partContentType: string | undefined
  size: number
  sha256: string
  packageId: string
}

export interface FakeState {
  uploads: UploadRecord[]
  apps: FakeApp[]
  users: FakeUser[]
  /** Personal access tokens accepted by Deploy API v4. */
  pats: Set<string>
  jobs: Map<string, UploadJob | StartJob>
  snapshots: Map<string, FakeSnapshot>
  behaviour: Behaviour
}

export interface EnvironmentSeed {
  Mode: string
  Production?: boolean
  Status?: FakeEnvironment['Status']
  runtimes?: RegExp
  transportWhileRunning?: boolean
  adminPassword?: string
}

/** A fake environment as Mendix Cloud creates it: empty, at `https://<app>-<mode>.mendixcloud.com`. */
export function environment(appId: string, seed: EnvironmentSeed): FakeEnvironment {
  const suffix = seed.Mode.toLowerCase() === 'production' ? '' : `-${seed.Mode.toLowerCase()}`
  return {
    EnvironmentId: randomUUID(),
    Mode: seed.Mode,
    Production: seed.Production ?? seed.Mode === 'Production',
    Url: `https://${appId}${suffix}.mendixcloud.com`,
    Status: seed.Status ?? 'Empty',
    packageId: undefined,
    dbModelVersion: undefined,
    constants: [],
    events: [],
    runtimes: seed.runtimes ?? /^\d+\./,
    transportWhileRunning: seed.transportWhileRunning ?? true,
    adminPassword: seed.adminPassword ?? 'a-strong-password',
    stopping: 0
  }
}

export function defaultBehaviour(): Behaviour {
  return {
    uploadPolls: 1,
    uploadOutcome: 'Completed',
    processingAttempts: 0,
    snapshotPolls: 1,
    snapshotOutcome: 'completed',
    startPolls: 1,
    stopPolls: 0,
    startError: undefined
  }
}

/** The Build API's view of a package (without what only the fake knows). */
export function packageView(pkg: FakePackage): Record<string, unknown> {
  const { PackageId, Name, Description, Version, Creator, CreationDate, Status, Size } = pkg
  return { PackageId, Name, Description, Version, Creator, CreationDate, Status, Size }
}

/** The v1 "Retrieve Environment" object. */
export function environmentView(app: FakeApp, env: FakeEnvironment): Record<string, unknown> {
  const pkg = app.packages.find((p) => p.PackageId === env.packageId)
  return {
    Status: env.stopping > 0 ? 'Running' : env.Status,
    EnvironmentId: env.EnvironmentId,
    Url: env.Url,
    Mode: env.Mode,
    ModelVersion: pkg?.metadata?.modelVersion ?? null,
    MendixVersion: pkg?.metadata?.runtimeVersion ?? null,
    Production: env.Production
  }
}
