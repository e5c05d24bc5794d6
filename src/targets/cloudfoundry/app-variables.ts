import { errorMessage } from '../../errors.js'
import { ownedAnnotations } from './annotations.js'
import { v3Url, type CfContext } from './context.js'
import type { CfJournal } from './journal.js'
import type { CfApp, Metadata } from './resources.js'
import type { VariablesPlan } from './variables.js'

/** The app's environment variables (`GET /v3/apps/:guid/environment_variables`). */
export async function readVariables(
  context: CfContext,
  app: CfApp
): Promise<Record<string, string>> {
  const body = await context.http.json<{ var?: Record<string, unknown> }>({
    method: 'GET',
    url: v3Url(context, `/apps/${app.guid}/environment_variables`),
    what: `reading the environment variables of app ${app.name}`
  })
  return Object.fromEntries(
    Object.entries(body?.var ?? {}).map(([key, value]) => [key, String(value)])
  )
}

/**
 * Writes variables (the PATCH merges; null deletes) and then the annotation of those that are
 * mxdeploy's. In that order: a stage killed in between leaves a set variable unrecorded (taken
 * over at the next stage), never a recorded one that was not set. Returns the app's metadata
 * as it is afterwards.
 */
async function writeVariables(
  context: CfContext,
  app: CfApp,
  metadata: Metadata | undefined,
  patch: Record<string, string | null>,
  owned: string[]
): Promise<Metadata> {
  if (Object.keys(patch).length > 0) {
    await context.http.send({
      method: 'PATCH',
      url: v3Url(context, `/apps/${app.guid}/environment_variables`),
      json: { var: patch },
      what: `setting ${Object.keys(patch).join(', ')} on app ${app.name}`,
      idempotent: true
    })
  }
  const before = metadata?.annotations ?? {}
  const annotations = Object.fromEntries(
    Object.entries(ownedAnnotations(owned, metadata)).filter(
      ([key, value]) => (before[key] ?? null) !== value
    )
  )
  if (Object.keys(annotations).length > 0) {
    await context.http.send({
      method: 'PATCH',
      url: v3Url(context, `/apps/${app.guid}`),
      json: { metadata: { annotations } },
      what: `recording the variables mxdeploy set on app ${app.name}`,
      idempotent: true
    })
  }
  const merged: Record<string, string | null> = { ...(metadata?.annotations ?? {}) }
  for (const [key, value] of Object.entries(annotations)) {
    if (value === null) delete merged[key]
    else merged[key] = value
  }
  return { ...metadata, annotations: merged }
}

/**
 * The app's variables for one deployment: `apply` sets the plan's, `restore` puts back what was
 * there when the app turns out to run what it ran before (a deployment refused or canceled).
 */
export class AppVariables {
  private metadata: Metadata | undefined

  constructor(
    private readonly context: CfContext,
    private readonly app: CfApp,
    private readonly plan: VariablesPlan,
    private readonly before: Record<string, string>,
    private readonly ownedBefore: string[]
  ) {
    this.metadata = app.metadata
  }

  get set(): string[] {
    return Object.keys(this.plan.patch).filter((name) => this.plan.patch[name] !== null)
  }

  get removed(): string[] {
    return Object.keys(this.plan.patch).filter((name) => this.plan.patch[name] === null)
  }

  async apply(journal: CfJournal): Promise<void> {
    journal.to('variables-set')
    this.metadata = await writeVariables(
      this.context,
      this.app,
      this.metadata,
      this.plan.patch,
      this.plan.owned
    )
    const { set, removed } = this
    if (set.length + removed.length === 0) return
    const parts = [
      set.length ? `set ${set.join(', ')}` : '',
      removed.length ? `removed ${removed.join(', ')}` : ''
    ]
    const done = `${parts.filter(Boolean).join(' and ')} on app ${this.app.name}`
    journal.record(done)
    this.context.progress.line(`${done} (they apply from this rollout on)`)
  }

  /** Puts the variables back; tells the journal what came of it. */
  async restore(journal: CfJournal): Promise<void> {
    const undo: Record<string, string | null> = {}
    for (const name of Object.keys(this.plan.patch)) undo[name] = this.before[name] ?? null
    try {
      this.metadata = await writeVariables(
        this.context,
        this.app,
        this.metadata,
        undo,
        this.ownedBefore
      )
      if (journal.current === 'variables-set') journal.to('restored')
      else journal.afterwards(`put the variables of app ${this.app.name} back`)
    } catch (error) {
      journal.afterwards(
        `putting the variables of app ${this.app.name} back failed: ${errorMessage(error)}`
      )
    }
  }
}
