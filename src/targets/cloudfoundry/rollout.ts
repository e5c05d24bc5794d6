import { errorMessage, OperationError } from '../../errors.js'
import { PollTimeoutError } from '../../net/poll.js'
import { minutes, v3Url, type CfContext } from './context.js'
import { CfNetworkError } from './exchange.js'
import { CrashError, crashReport, processStats, summarize, webStats } from './instances.js'
import type { CfJournal } from './journal.js'
import type { CfApp, CfDeployment, CfDroplet } from './resources.js'
import { waitFor } from './wait.js'

/** How long a cancel may take to put the previous droplet back. */
const CANCEL_TIMEOUT_MS = 120_000

export interface Rollout {
  deployment?: string
}

/** Waits until an instance of the app's web process runs; all crashed is a CrashError. */
async function waitForWeb(
  context: CfContext,
  app: CfApp,
  deadline: number,
  since: string | undefined
): Promise<void> {
  await waitFor(
    context,
    `app ${app.name}`,
    Math.max(1, deadline - context.clock.now()),
    async () => {
      const summary = summarize(await webStats(context, app))
      if (summary.running) return { done: true, value: undefined }
      if (summary.crashed) {
        throw new CrashError(
          `the instances of app ${app.name} crashed: ${await crashReport(context, app, since)}`
        )
      }
      return { done: false, status: summary.text }
    }
  )
}

/**
 * A rolling v3 deployment of the droplet: the Cloud Controller starts new instances beside the
 * old ones and swaps them one by one. It has no failed state (new instances that keep crashing
 * leave it DEPLOYING), so mxdeploy stops waiting when all new instances crashed or the time is
 * up, cancels it (the app goes back to its previous droplet) and says why.
 */
async function rolling(
  context: CfContext,
  app: CfApp,
  droplet: CfDroplet,
  journal: CfJournal
): Promise<Rollout> {
  const { http } = context
  const deadline = context.clock.now() + minutes(context.config.timeouts.start)
  let deployment: CfDeployment
  try {
    deployment = await http.json<CfDeployment>({
      method: 'POST',
      url: v3Url(context, '/deployments'),
      json: {
        droplet: { guid: droplet.guid },
        strategy: 'rolling',
        relationships: { app: { data: { guid: app.guid } } }
      },
      what: `creating a rolling deployment of app ${app.name}`
    })
  } catch (error) {
    // An answer lost on the way back: the deployment may exist and roll out.
    if (error instanceof CfNetworkError) journal.to('rolling-out')
    throw error
  }
  journal.to('rolling-out')
  journal.record(`created deployment ${deployment.guid}`)
  try {
    await waitFor(
      context,
      `deployment ${deployment.guid}`,
      Math.max(1, deadline - context.clock.now()),
      async () => {
        const current = await http.json<CfDeployment>({
          method: 'GET',
          url: v3Url(context, `/deployments/${deployment.guid}`),
          what: `reading deployment ${deployment.guid}`
        })
        const { value, reason, details } = current.status
        if (value === 'FINALIZED' && reason === 'DEPLOYED') return { done: true, value: undefined }
        if (value === 'FINALIZED') {
          throw new OperationError(
            `deployment ${deployment.guid} ended ${reason}${reason === 'SUPERSEDED' ? ' (another deployment of the app replaced it)' : ''}`
          )
        }
        const fresh = current.new_processes?.[0]
        let status = `${value} ${reason}${details?.error ? ` (${details.error})` : ''}`
        if (fresh) {
          const summary = summarize(await processStats(context, fresh.guid))
          if (summary.crashed) {
            throw new CrashError(
              `the new instances of app ${app.name} crashed: ${await crashReport(context, app, deployment.created_at, fresh.guid)}`
            )
          }
          status += `, new instances ${summary.text}`
        }
        return { done: false, status }
      }
    )
  } catch (error) {
    if (error instanceof CrashError || error instanceof PollTimeoutError) {
      throw await cancel(context, deployment, journal, error)
    }
    throw error
  }
  journal.to('running-new')
  journal.record(`deployment ${deployment.guid} DEPLOYED`)
  await waitForWeb(context, app, deadline, deployment.created_at)
  return { deployment: deployment.guid }
}

/** Cancels a deployment that does not come up, and returns the error to throw. */
async function cancel(
  context: CfContext,
  deployment: CfDeployment,
  journal: CfJournal,
  cause: Error
): Promise<Error> {
  const { http } = context
  try {
    await http.send({
      method: 'POST',
      url: v3Url(context, `/deployments/${deployment.guid}/actions/cancel`),
      what: `canceling deployment ${deployment.guid}`
    })
    await waitFor(
      context,
      `canceling deployment ${deployment.guid}`,
      CANCEL_TIMEOUT_MS,
      async () => {
        const current = await http.json<CfDeployment>({
          method: 'GET',
          url: v3Url(context, `/deployments/${deployment.guid}`),
          what: `reading deployment ${deployment.guid}`
        })
        return current.status.value === 'FINALIZED'
          ? { done: true, value: undefined }
          : { done: false, status: `${current.status.value} ${current.status.reason}` }
      }
    )
    journal.to('rolled-back')
    return cause
  } catch (error) {
    return new OperationError(
      `${cause.message}; canceling deployment ${deployment.guid} failed too: ${errorMessage(error)}`
    )
  }
}

/** Stop, then start with the new droplet: simple, with downtime, and no room needed for more. */
async function restart(
  context: CfContext,
  app: CfApp,
  droplet: CfDroplet,
  journal: CfJournal
): Promise<Rollout> {
  const { http } = context
  const deadline = context.clock.now() + minutes(context.config.timeouts.start)
  if (app.state === 'STARTED') {
    await http.send({
      method: 'POST',
      url: v3Url(context, `/apps/${app.guid}/actions/stop`),
      what: `stopping app ${app.name}`,
      idempotent: true
    })
    journal.to('stopped')
    journal.record(`stopped app ${app.name}`)
  }
  await http.send({
    method: 'PATCH',
    url: v3Url(context, `/apps/${app.guid}/relationships/current_droplet`),
    json: { data: { guid: droplet.guid } },
    what: `setting droplet ${droplet.guid} as the current droplet of app ${app.name}`,
    idempotent: true
  })
  journal.to('starting')
  const started = await http.json<CfApp>({
    method: 'POST',
    url: v3Url(context, `/apps/${app.guid}/actions/start`),
    what: `starting app ${app.name}`,
    idempotent: true
  })
  journal.record(`started app ${app.name} with droplet ${droplet.guid}`)
  await waitForWeb(context, app, deadline, started.updated_at)
  return {}
}

/** Puts the droplet into service by the configured strategy and waits until it runs. */
export function rollOut(
  context: CfContext,
  app: CfApp,
  droplet: CfDroplet,
  journal: CfJournal
): Promise<Rollout> {
  context.progress.line(
    `${context.config.strategy === 'rolling' ? 'rolling out' : 'restarting'} app ${app.name} with droplet ${droplet.guid}`
  )
  return context.config.strategy === 'rolling'
    ? rolling(context, app, droplet, journal)
    : restart(context, app, droplet, journal)
}
