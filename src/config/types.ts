/** mxdeploy.yml after validation, with defaults applied and paths resolved against its folder. */
export interface MxdeployConfig {
  /** Absolute path of the file it came from (or undefined for the embedded defaults). */
  file: string | undefined
  /** Folder paths are resolved against. */
  dir: string
  app: string
  build: BuildConfig
  /** Repository URI; `file:` paths are absolute. */
  repository: string
  /** Whether the file names a repository (false: the embedded default `file:` one). */
  repositoryConfigured: boolean
  traceability: TraceabilityConfig
  /** In the order the file lists them. */
  environments: EnvironmentConfig[]
}

export interface BuildConfig {
  deploymentDir?: string
  project?: string
  version?: string
  output?: string
}

export interface StoryPatternConfig {
  name?: string
  /** Absent: the regex of the default pattern called `name`. */
  regex?: string
  url?: string
}

export interface TraceabilityConfig {
  requireStory: 'off' | 'warn' | 'error'
  /** Undefined: the default patterns. */
  patterns: StoryPatternConfig[] | undefined
  limit: number
}

export type TargetConfig =
  | { type: 'local'; path: string; keep: number; restart?: string }
  | { type: 'command'; run: string; timeoutMinutes?: number }
  | MendixCloudTargetConfig
  | M2eeTargetConfig

/** An on-premises server run by m2ee-tools. */
export interface M2eeTargetConfig {
  type: 'm2ee'
  /** m2ee's `app_base`, absolute: mxdeploy makes its model/ and web/ links to the running release. */
  appBase: string
  /** The team's m2ee.yaml, absolute; mxdeploy reads it and never writes it. */
  m2eeConfig: string
  /** The command that restarts the app (`m2ee --yolo restart` by default). */
  restart: string
  /** Releases kept, the current one included. */
  keep: number
}

/** How long each wait of a Mendix Cloud deployment may take, in minutes. */
export interface MendixCloudTimeouts {
  upload: number
  backup: number
  transport: number
  stop: number
  start: number
}

export interface MendixCloudTargetConfig {
  type: 'mendix-cloud'
  /** The app's AppId in the Deploy API v1/v2: its subdomain (`calc` for calc.mendixcloud.com). */
  appId: string
  /** The environment's Mode (Test, Acceptance, Production, a flexible environment's name) or its ID. */
  environment: string
  deployApiUrl: string
  portalApiUrl: string
  /** Undefined: a backup before deploying to a production environment, none otherwise. */
  backup: 'before' | 'none' | undefined
  timeouts: MendixCloudTimeouts
}

export interface ProtectionConfig {
  reviewers: 'required' | 'none'
  preventSelfReview: boolean
  mfa: 'totp' | 'none'
  sessionHours: number
}

export interface EnvironmentConfig {
  name: string
  target: TargetConfig
  after: string | undefined
  url: string | undefined
  production: boolean
  constants: Record<string, string>
  /** undefined: leave the events as the package or target has them. */
  scheduledEvents: 'all' | 'none' | Record<string, boolean> | undefined
  newConstants: 'default' | 'require'
  protection: ProtectionConfig
}
