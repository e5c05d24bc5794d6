import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import {
  ANNOTATION,
  ownedAnnotations,
  ownedVariables
} from '../../../src/targets/cloudfoundry/annotations.js'
import {
  constantVariable,
  planVariables,
  scheduledEventsValue,
  type VariablesInput
} from '../../../src/targets/cloudfoundry/variables.js'
import { startRuntime } from '../../support/cloudfoundry/buildpack.js'
import type { ModelFacts } from '../../support/cloudfoundry/model.js'

/** The model of examples/hello (its metadata.json), as the buildpack reads it. */
const MODEL: ModelFacts = {
  runtimeVersion: '10.24.8.80126',
  modelVersion: '1.2.0.1',
  constants: [
    { name: 'Hello.GreetingText', type: 'String', defaultValue: 'Hello from Mendix' },
    { name: 'Hello.ApiUrl', type: 'String', defaultValue: 'http://localhost:8090/api' },
    { name: 'Hello.MaxRetries', type: 'Integer', defaultValue: '3' }
  ],
  scheduledEvents: ['Hello.CleanupOldGreetings', 'Hello.SyncCustomers']
}

function input(overrides: Partial<VariablesInput> = {}): VariablesInput {
  const configured = overrides.configured ?? { 'Hello.ApiUrl': 'https://acc.example.com/api' }
  return {
    app: 'hello-acc',
    environment: 'acceptance',
    settings: {
      constants: Object.fromEntries(
        MODEL.constants.map((c) => [c.name, configured[c.name] ?? c.defaultValue])
      ),
      scheduledEvents: { 'Hello.CleanupOldGreetings': false, 'Hello.SyncCustomers': true }
    },
    configured,
    eventsConfigured: true,
    current: {},
    owned: [],
    ...overrides
  }
}

/** The variables after the plan's PATCH, as the Cloud Controller merges it. */
function applied(current: Record<string, string>, patch: Record<string, string | null>) {
  const result = { ...current }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = value
  }
  return result
}

describe('the variables the Mendix buildpack reads', () => {
  it('maps a constant by replacing every dot, and keeps underscores', () => {
    expect(constantVariable('Hello.ApiUrl')).toBe('MX_Hello_ApiUrl')
    expect(constantVariable('My_Module.Api_Url')).toBe('MX_My_Module_Api_Url')
  })

  it('writes SCHEDULED_EVENTS as ALL, NONE or names joined by a bare comma', () => {
    expect(scheduledEventsValue({ 'A.x': true, 'B.y': true })).toBe('ALL')
    expect(scheduledEventsValue({ 'A.x': false, 'B.y': false })).toBe('NONE')
    expect(scheduledEventsValue({})).toBe('NONE')
    expect(scheduledEventsValue({ 'A.x': true, 'B.y': false, 'C.z': true })).toBe('A.x,C.z')
    expect(() => scheduledEventsValue({ 'A,x': true })).toThrow(ConfigurationError)
  })

  it('sets what mxdeploy.yml sets, and the runtime gets exactly the settings', () => {
    const plan = planVariables(input())
    expect(plan.patch).toEqual({
      MX_Hello_ApiUrl: 'https://acc.example.com/api',
      SCHEDULED_EVENTS: 'Hello.SyncCustomers'
    })
    expect(plan.owned).toEqual(['MX_Hello_ApiUrl', 'SCHEDULED_EVENTS'])
    const runtime = startRuntime(applied({}, plan.patch), MODEL)
    expect(runtime).toMatchObject({
      started: true,
      constants: {
        'Hello.GreetingText': 'Hello from Mendix',
        'Hello.ApiUrl': 'https://acc.example.com/api',
        'Hello.MaxRetries': 3
      },
      scheduledEventExecution: 'SPECIFIED',
      myScheduledEvents: ['Hello.SyncCustomers']
    })
  })

  it('writes NONE when mxdeploy.yml sets no scheduled events: the buildpack would run ALL', () => {
    const plan = planVariables(
      input({
        eventsConfigured: false,
        settings: { ...input().settings, scheduledEvents: { 'Hello.SyncCustomers': false } }
      })
    )
    expect(plan.patch['SCHEDULED_EVENTS']).toBe('NONE')
    expect(startRuntime(applied({}, plan.patch), MODEL)).toMatchObject({
      scheduledEventExecution: 'NONE'
    })
  })

  it('leaves a SCHEDULED_EVENTS set by hand when mxdeploy.yml sets none, and says so', () => {
    const plan = planVariables(
      input({ eventsConfigured: false, current: { SCHEDULED_EVENTS: 'Hello.SyncCustomers' } })
    )
    expect(plan.patch).not.toHaveProperty('SCHEDULED_EVENTS')
    expect(plan.owned).not.toContain('SCHEDULED_EVENTS')
    expect(plan.warnings).toEqual([
      'SCHEDULED_EVENTS=Hello.SyncCustomers was set on app hello-acc outside mxdeploy and stays, because mxdeploy.yml sets no scheduled-events for acceptance'
    ])
  })

  it('takes over a variable set by hand that mxdeploy.yml now sets', () => {
    const plan = planVariables(input({ current: { MX_Hello_ApiUrl: 'https://old.example.com' } }))
    expect(plan.patch['MX_Hello_ApiUrl']).toBe('https://acc.example.com/api')
    expect(plan.notes).toContain(
      "MX_Hello_ApiUrl was set on app hello-acc outside mxdeploy; mxdeploy.yml's value replaces it"
    )
  })

  it('removes what it set before and no longer sets, so the default applies again', () => {
    const current = {
      MX_Hello_ApiUrl: 'https://acc.example.com/api',
      MX_Hello_MaxRetries: '7',
      MX_Hello_Gone: 'x',
      SCHEDULED_EVENTS: 'Hello.SyncCustomers'
    }
    const plan = planVariables(
      input({
        current,
        owned: ['MX_Hello_ApiUrl', 'MX_Hello_MaxRetries', 'MX_Hello_Gone', 'SCHEDULED_EVENTS']
      })
    )
    // MaxRetries is no longer in mxdeploy.yml, Gone no longer in the package.
    expect(plan.patch).toEqual({ MX_Hello_MaxRetries: null, MX_Hello_Gone: null })
    expect(plan.owned).toEqual(['MX_Hello_ApiUrl', 'SCHEDULED_EVENTS'])
    expect(startRuntime(applied(current, plan.patch), MODEL)).toMatchObject({
      constants: { 'Hello.MaxRetries': 3 }
    })
  })

  it('never touches variables set by hand for constants mxdeploy.yml does not set', () => {
    const current = { MX_Hello_GreetingText: 'secret greeting', MX_Other_Thing: '1' }
    const plan = planVariables(input({ current }))
    expect(plan.patch).not.toHaveProperty('MX_Hello_GreetingText')
    expect(plan.patch).not.toHaveProperty('MX_Other_Thing')
    expect(plan.notes).toContain(
      'MX_Hello_GreetingText, set on app hello-acc outside mxdeploy, gives Hello.GreetingText its value (mxdeploy.yml does not set it)'
    )
    expect(plan.warnings).toContain(
      'MX_Other_Thing is set on app hello-acc, but the package has no constant it gives a value to (the buildpack ignores it): remove it with cf unset-env hello-acc MX_Other_Thing'
    )
    // Names only: a value set by hand may be a secret.
    expect([...plan.notes, ...plan.warnings].join('\n')).not.toContain('secret greeting')
  })

  it('refuses two constants read from one variable with different values', () => {
    const settings = {
      constants: { 'A_B.C': 'one', 'A.B_C': 'two' },
      scheduledEvents: {}
    }
    const both = (configured: Record<string, string>) =>
      planVariables(input({ settings, configured }))
    expect(() => both({ 'A_B.C': 'one' })).toThrow(
      /A_B\.C and A\.B_C are both read from MX_A_B_C by the Mendix buildpack, so they cannot have different values on Cloud Foundry: rename one of them in Studio Pro, or give them the same value in mxdeploy.yml/
    )
    // The same value for both, or neither set by mxdeploy.yml: nothing is wrong.
    const same = { constants: { 'A_B.C': 'one', 'A.B_C': 'one' }, scheduledEvents: {} }
    expect(planVariables(input({ settings: same, configured: { 'A_B.C': 'one' } })).patch).toEqual({
      MX_A_B_C: 'one',
      SCHEDULED_EVENTS: 'NONE'
    })
    expect(planVariables(input({ settings, configured: {} })).patch).toEqual({
      SCHEDULED_EVENTS: 'NONE'
    })
  })

  it.each([
    ['MXRUNTIME_ScheduledEventExecution', 'NONE', 'MXRUNTIME_ScheduledEventExecution'],
    ['MXRUNTIME_MyScheduledEvents', 'A.x', 'MXRUNTIME_MyScheduledEvents'],
    ['MXRUNTIME_MicroflowConstants', '{}', 'MXRUNTIME_MicroflowConstants'],
    [
      'CUSTOM_RUNTIME_SETTINGS',
      '{"MicroflowConstants": {"Hello.ApiUrl": "x"}}',
      'CUSTOM_RUNTIME_SETTINGS (MicroflowConstants)'
    ]
  ])(
    'refuses an app with %s, which the buildpack applies over what mxdeploy sets',
    (name, value, said) => {
      expect(() => planVariables(input({ current: { [name]: value } }))).toThrow(
        `app hello-acc has ${said}, which the Mendix buildpack applies after the constants and scheduled events mxdeploy sets, overriding or garbling them: remove it (cf unset-env hello-acc <name>) and set constants and scheduled-events in mxdeploy.yml`
      )
    }
  )

  it('leaves other runtime settings alone and never writes CONSTANTS or MXRUNTIME_', () => {
    const current = {
      MXRUNTIME_com_mendix_storage_s3_EndPoint: 'https://s3.example.com',
      CUSTOM_RUNTIME_SETTINGS: '{"SessionTimeout": 600000}',
      CONSTANTS: '{"Hello.GreetingText": "hi"}'
    }
    const plan = planVariables(input({ current }))
    expect(Object.keys(plan.patch).sort()).toEqual(['MX_Hello_ApiUrl', 'SCHEDULED_EVENTS'])
  })
})

describe('the record of the variables mxdeploy set', () => {
  it('round-trips through the app annotation', () => {
    const annotations = ownedAnnotations(['SCHEDULED_EVENTS', 'MX_A_b'], undefined)
    expect(annotations).toEqual({ [ANNOTATION.variables]: 'MX_A_b,SCHEDULED_EVENTS' })
    expect(ownedVariables({ annotations })).toEqual(['MX_A_b', 'SCHEDULED_EVENTS'])
  })

  it('splits a list longer than an annotation takes, and clears parts no longer needed', () => {
    const names = Array.from(
      { length: 400 },
      (_, i) => `MX_Module_Constant_Number_${String(i).padStart(3, '0')}`
    )
    const long = ownedAnnotations(names, undefined)
    expect(Object.keys(long)).toEqual([
      ANNOTATION.variables,
      `${ANNOTATION.variables}-2`,
      `${ANNOTATION.variables}-3`
    ])
    for (const value of Object.values(long)) expect(value!.length).toBeLessThanOrEqual(5000)
    expect(ownedVariables({ annotations: long })).toEqual(names)
    const short = ownedAnnotations(['MX_A_b'], { annotations: long })
    expect(short).toEqual({
      [ANNOTATION.variables]: 'MX_A_b',
      [`${ANNOTATION.variables}-2`]: null,
      [`${ANNOTATION.variables}-3`]: null
    })
    expect(ownedAnnotations([], { annotations: { [ANNOTATION.variables]: 'MX_A_b' } })).toEqual({
      [ANNOTATION.variables]: null
    })
    expect(ownedAnnotations([], undefined)).toEqual({})
  })
})
