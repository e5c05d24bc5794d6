import type {
  FakeApp,
  FakeAuditEvent,
  FakeBuild,
  FakeDeployment,
  FakeDroplet,
  FakePackage,
  FakeProcess,
  FakeState
} from './model.js'

/**
 * The JSON of each resource, field for field as the v3 reference's examples show them
 * (api_resources/_apps.erb, _packages.erb, _builds.erb, _droplets.erb, _deployments.erb,
 * _audit_events.erb), with the stand-in's values.
 */

const link = (base: string, path: string, method?: string): Record<string, string> => ({
  href: `${base}/v3${path}`,
  ...(method ? { method } : {})
})

export function presentApp(app: FakeApp, base: string): unknown {
  const self = `/apps/${app.guid}`
  return {
    guid: app.guid,
    name: app.name,
    state: app.state,
    created_at: app.createdAt,
    updated_at: app.updatedAt,
    lifecycle:
      app.lifecycleType === 'buildpack'
        ? { type: 'buildpack', data: { buildpacks: app.buildpacks, stack: 'cflinuxfs4' } }
        : { type: 'docker', data: {} },
    relationships: {
      space: { data: { guid: app.spaceGuid } },
      current_droplet: { data: app.currentDroplet ? { guid: app.currentDroplet } : null }
    },
    links: {
      self: link(base, self),
      space: link(base, `/spaces/${app.spaceGuid}`),
      processes: link(base, `${self}/processes`),
      packages: link(base, `${self}/packages`),
      environment_variables: link(base, `${self}/environment_variables`),
      current_droplet: link(base, `${self}/droplets/current`),
      droplets: link(base, `${self}/droplets`),
      tasks: link(base, `${self}/tasks`),
      start: link(base, `${self}/actions/start`, 'POST'),
      stop: link(base, `${self}/actions/stop`, 'POST'),
      revisions: link(base, `${self}/revisions`),
      deployed_revisions: link(base, `${self}/revisions/deployed`),
      features: link(base, `${self}/features`)
    },
    metadata: app.metadata
  }
}

export function presentPackage(pkg: FakePackage, base: string): unknown {
  return {
    guid: pkg.guid,
    type: 'bits',
    data: {
      checksum: { type: 'sha256', value: pkg.state === 'READY' ? (pkg.bitsSha256 ?? null) : null },
      error: pkg.error
    },
    state: pkg.state,
    created_at: pkg.createdAt,
    updated_at: pkg.updatedAt,
    relationships: { app: { data: { guid: pkg.appGuid } } },
    links: {
      self: link(base, `/packages/${pkg.guid}`),
      upload: link(base, `/packages/${pkg.guid}/upload`, 'POST'),
      download: link(base, `/packages/${pkg.guid}/download`, 'GET'),
      app: link(base, `/apps/${pkg.appGuid}`)
    },
    metadata: pkg.metadata
  }
}

export function presentBuild(build: FakeBuild, base: string): unknown {
  return {
    guid: build.guid,
    created_at: build.createdAt,
    updated_at: build.updatedAt,
    created_by: {
      guid: 'b5a6f6e4-2d1c-4c4b-9f0e-6b7f0a9d3c21',
      name: 'ci',
      email: 'ci@example.com'
    },
    state: build.state,
    staging_memory_in_mb: 1024,
    staging_disk_in_mb: 1024,
    staging_log_rate_limit_bytes_per_second: -1,
    error: build.error,
    lifecycle: { type: 'buildpack', data: { buildpacks: build.buildpacks, stack: 'cflinuxfs4' } },
    package: { guid: build.packageGuid },
    droplet: build.dropletGuid ? { guid: build.dropletGuid } : null,
    relationships: { app: { data: { guid: build.appGuid } } },
    metadata: { labels: {}, annotations: {} },
    links: {
      self: link(base, `/builds/${build.guid}`),
      app: link(base, `/apps/${build.appGuid}`),
      ...(build.dropletGuid ? { droplet: link(base, `/droplets/${build.dropletGuid}`) } : {})
    }
  }
}

export function presentDroplet(droplet: FakeDroplet, base: string): unknown {
  return {
    guid: droplet.guid,
    state: droplet.state,
    error: null,
    lifecycle: { type: 'buildpack', data: {} },
    execution_metadata: '',
    process_types: { web: 'cd $HOME && python3 buildpack/start.py' },
    checksum: { type: 'sha256', value: null },
    buildpacks: [
      {
        name: droplet.buildpacks[0] ?? 'mendix',
        detect_output: 'mendix',
        version: 'v5.0.31',
        buildpack_name: 'mendix'
      }
    ],
    stack: 'cflinuxfs4',
    image: null,
    created_at: droplet.createdAt,
    updated_at: droplet.updatedAt,
    relationships: { app: { data: { guid: droplet.appGuid } } },
    links: {
      self: link(base, `/droplets/${droplet.guid}`),
      package: link(base, `/packages/${droplet.packageGuid}`),
      app: link(base, `/apps/${droplet.appGuid}`),
      assign_current_droplet: link(
        base,
        `/apps/${droplet.appGuid}/relationships/current_droplet`,
        'PATCH'
      ),
      download: link(base, `/droplets/${droplet.guid}/download`)
    },
    metadata: droplet.metadata
  }
}

export function presentDeployment(
  deployment: FakeDeployment,
  state: FakeState,
  base: string
): unknown {
  const app = state.apps.find((a) => a.guid === deployment.appGuid)!
  return {
    guid: deployment.guid,
    status: {
      value: deployment.value,
      reason: deployment.reason,
      details: {
        last_successful_healthcheck: deployment.updatedAt,
        last_status_change: deployment.updatedAt
      }
    },
    strategy: 'rolling',
    options: {
      max_in_flight: 1,
      web_instances: app.web.instances,
      memory_in_mb: app.web.memoryMb,
      disk_in_mb: 1024,
      log_rate_limit_in_bytes_per_second: -1
    },
    droplet: { guid: deployment.droplet },
    previous_droplet: deployment.previousDroplet ? { guid: deployment.previousDroplet } : null,
    new_processes: deployment.newProcess ? [{ guid: deployment.newProcess.guid, type: 'web' }] : [],
    revision: { guid: deployment.revision.guid, version: deployment.revision.version },
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    metadata: { labels: {}, annotations: {} },
    relationships: { app: { data: { guid: deployment.appGuid } } },
    links: {
      self: link(base, `/deployments/${deployment.guid}`),
      app: link(base, `/apps/${deployment.appGuid}`),
      cancel: link(base, `/deployments/${deployment.guid}/actions/cancel`, 'POST'),
      continue: link(base, `/deployments/${deployment.guid}/actions/continue`, 'POST')
    }
  }
}

/** One instance's stats (resources/processes/_stats_object), state as the stand-in plays it. */
export function presentStats(process: FakeProcess, state: string, index: number): unknown {
  return {
    type: 'web',
    index,
    instance_guid: `${process.guid.slice(0, 8)}-${index}`,
    state,
    routable: state === 'RUNNING',
    usage:
      state === 'RUNNING'
        ? {
            time: new Date().toISOString(),
            cpu: 0.01,
            cpu_entitlement: 0.01,
            mem: 402653184,
            disk: 268435456,
            log_rate: 0
          }
        : {},
    host: '10.244.16.10',
    instance_internal_ip: '10.255.93.167',
    instance_ports: [],
    uptime: state === 'RUNNING' ? 12 : 0,
    mem_quota: process.memoryMb * 1024 * 1024,
    disk_quota: 1073741824,
    log_rate_limit: -1,
    fds_quota: 16384,
    isolation_segment: null,
    details: null
  }
}

export function presentEvent(event: FakeAuditEvent, base: string): unknown {
  return {
    guid: event.guid,
    created_at: event.createdAt,
    updated_at: event.createdAt,
    type: event.type,
    actor: event.actor,
    target: event.target,
    data: event.data,
    space: { guid: event.spaceGuid },
    organization: { guid: event.orgGuid },
    links: { self: { href: `${base}/v3/audit_events/${event.guid}` } }
  }
}
