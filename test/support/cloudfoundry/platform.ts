import { startRuntime } from './buildpack.js'
import {
  guid,
  iso,
  type FakeApp,
  type FakeProcess,
  type FakeRevision,
  type FakeState
} from './model.js'
import { presentStats } from './present.js'

/**
 * What the platform does on its own: revisions at each start and deployment, instances that
 * start (after a few stats reads) or crash as the buildpack's start would, crash events and log
 * lines, quotas, droplet expiry.
 */

/** Appends log envelopes of the app, as log-cache would hold them. */
export function appendLog(
  state: FakeState,
  appGuid: string,
  sourceType: string,
  lines: string[],
  type: 'OUT' | 'ERR' = 'OUT'
): void {
  for (const text of lines) {
    state.seq++
    state.envelopes.push({
      appGuid,
      timestamp: BigInt(Date.now()) * 1_000_000n + BigInt(state.seq % 1_000_000),
      sourceType,
      instanceId: '0',
      text: `${text}\n`,
      type
    })
  }
}

/** A revision of the app as it is now (its variables and current droplet). */
export function newRevision(app: FakeApp, droplet: string): FakeRevision {
  const revision = {
    guid: guid(),
    version: app.revisions.length + 1,
    env: { ...app.env },
    droplet
  }
  app.revisions.push(revision)
  return revision
}

/** Starts the app's web process on a new revision. */
export function startApp(state: FakeState, app: FakeApp): void {
  app.state = 'STARTED'
  app.web.revision = newRevision(app, app.currentDroplet!)
  app.web.reads = 0
  app.web.running = false
  app.updatedAt = iso()
  appendLog(state, app.guid, 'API', [`Updated app with guid ${app.guid} ({"state"=>"STARTED"})`])
}

/** Memory in use by started processes, in MB: of one space, or of one org. */
function memoryInUse(state: FakeState, spaceGuids: string[], except?: FakeApp): number {
  let used = 0
  for (const app of state.apps) {
    if (!spaceGuids.includes(app.spaceGuid) || app === except) continue
    if (app.state === 'STARTED') used += app.web.instances * app.web.memoryMb
    for (const d of state.deployments) {
      if (d.appGuid === app.guid && d.value === 'ACTIVE' && d.newProcess) {
        used += d.newProcess.memoryMb
      }
    }
  }
  return used
}

/**
 * The process validation key a quota gives when `extraMb` more is asked for by `app`
 * (process_model.rb: `space_quota_exceeded`, `quota_exceeded`), or undefined.
 */
export function quotaProblem(
  state: FakeState,
  app: FakeApp,
  extraMb: number,
  exceptApp = true
): string | undefined {
  const space = state.spaces.find((s) => s.guid === app.spaceGuid)!
  const org = state.orgs.find((o) => o.guid === space.orgGuid)!
  const except = exceptApp && app.state === 'STOPPED' ? app : undefined
  if (
    space.quota.memoryMb !== undefined &&
    memoryInUse(state, [space.guid], except) + extraMb > space.quota.memoryMb
  ) {
    return 'space_quota_exceeded'
  }
  const orgSpaces = state.spaces.filter((s) => s.orgGuid === org.guid).map((s) => s.guid)
  if (
    org.quota.memoryMb !== undefined &&
    memoryInUse(state, orgSpaces, except) + extraMb > org.quota.memoryMb
  ) {
    return 'quota_exceeded'
  }
  return undefined
}

/** A crash as Diego reports it: the audit event, the CC's log line and the app's own lines. */
function crash(
  state: FakeState,
  app: FakeApp,
  process: FakeProcess,
  description: string,
  lines: string[]
): void {
  const space = state.spaces.find((s) => s.guid === app.spaceGuid)!
  state.events.push({
    guid: guid(),
    type: 'audit.app.process.crash',
    createdAt: iso(),
    actor: { guid: process.guid, type: 'process', name: 'web' },
    target: { guid: app.guid, type: 'app', name: app.name },
    data: {
      instance: `${process.guid.slice(0, 8)}-0`,
      index: 0,
      cell_id: 'cell-z1-0',
      exit_status: 1,
      exit_description: description,
      reason: 'CRASHED'
    },
    spaceGuid: space.guid,
    orgGuid: space.orgGuid
  })
  appendLog(state, app.guid, 'APP/PROC/WEB', lines, 'ERR')
  appendLog(state, app.guid, 'API', [
    `App instance exited with guid ${app.guid} payload: {"reason"=>"CRASHED"}`
  ])
}

/**
 * One stats read of a process: its instances STARTING for the first `startingReads` reads
 * after a start, then RUNNING, or CRASHED when the buildpack's start would fail (the crash is
 * recorded once per start).
 */
export function advance(
  state: FakeState,
  app: FakeApp,
  process: FakeProcess
): 'DOWN' | 'STARTING' | 'RUNNING' | 'CRASHED' {
  if (!process.revision || (process === app.web && app.state === 'STOPPED')) return 'DOWN'
  process.reads++
  if (process.reads <= state.behaviour.startingReads) return 'STARTING'
  const droplet = state.droplets.find((d) => d.guid === process.revision!.droplet)!
  const outcome = startRuntime(process.revision.env, droplet.model)
  if (outcome.started) {
    if (!process.running) appendLog(state, app.guid, 'APP/PROC/WEB', ['Mendix Runtime started'])
    process.running = true
    return 'RUNNING'
  }
  if (process.reads === state.behaviour.startingReads + 1) {
    crash(state, app, process, outcome.exitDescription, outcome.lines)
  }
  return 'CRASHED'
}

export function processStats(state: FakeState, app: FakeApp, process: FakeProcess): unknown[] {
  const instanceState = advance(state, app, process)
  return Array.from({ length: process.instances }, (_, index) =>
    presentStats(process, instanceState, index)
  )
}

/** Droplets beyond the kept number expire (the current one is never counted nor expired). */
export function expireDroplets(state: FakeState, app: FakeApp): void {
  const staged = state.droplets
    .filter((d) => d.appGuid === app.guid && d.state === 'STAGED' && d.guid !== app.currentDroplet)
    .sort((a, b) => b.seq - a.seq)
  for (const droplet of staged.slice(state.behaviour.maxStagedDroplets)) {
    droplet.state = 'EXPIRED'
    droplet.updatedAt = iso()
  }
}
