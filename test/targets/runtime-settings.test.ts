import { describe, expect, test } from 'vitest'
import {
  fromRuntimeSettings,
  isRuntimeSettings,
  toRuntimeSettings
} from '../../src/targets/runtime-settings.js'

const constants = { 'Shop.ApiUrl': 'https://api.example.com', 'Shop.Retries': '3' }
const events = ['Shop.Nightly', 'Shop.Hourly', 'Shop.Weekly']

describe("settings in the runtime's names", () => {
  test('every event on is ALL, none is NONE, some is SPECIFIED with a comma list', () => {
    const all = toRuntimeSettings({
      constants,
      scheduledEvents: { 'Shop.Nightly': true, 'Shop.Hourly': true, 'Shop.Weekly': true }
    })
    expect(all).toEqual({ MicroflowConstants: constants, ScheduledEventExecution: 'ALL' })
    const none = toRuntimeSettings({
      constants,
      scheduledEvents: { 'Shop.Nightly': false, 'Shop.Hourly': false, 'Shop.Weekly': false }
    })
    expect(none).toEqual({ MicroflowConstants: constants, ScheduledEventExecution: 'NONE' })
    const some = toRuntimeSettings({
      constants,
      scheduledEvents: { 'Shop.Nightly': true, 'Shop.Hourly': false, 'Shop.Weekly': true }
    })
    expect(some).toEqual({
      MicroflowConstants: constants,
      ScheduledEventExecution: 'SPECIFIED',
      MyScheduledEvents: 'Shop.Nightly,Shop.Weekly'
    })
  })

  test('a package without events is NONE, not ALL', () => {
    expect(toRuntimeSettings({ constants: {}, scheduledEvents: {} })).toEqual({
      MicroflowConstants: {},
      ScheduledEventExecution: 'NONE'
    })
  })

  test("reading back expands ALL and NONE against the package's events", () => {
    for (const scheduledEvents of [
      { 'Shop.Nightly': true, 'Shop.Hourly': true, 'Shop.Weekly': true },
      { 'Shop.Nightly': false, 'Shop.Hourly': false, 'Shop.Weekly': false },
      { 'Shop.Nightly': false, 'Shop.Hourly': true, 'Shop.Weekly': false }
    ]) {
      const settings = { constants, scheduledEvents }
      expect(fromRuntimeSettings(toRuntimeSettings(settings), events)).toEqual(settings)
    }
  })

  test('MyScheduledEvents written by hand with spaces still names its events', () => {
    const read = fromRuntimeSettings(
      {
        MicroflowConstants: {},
        ScheduledEventExecution: 'SPECIFIED',
        MyScheduledEvents: 'Shop.Nightly, Shop.Weekly'
      },
      events
    )
    expect(read.scheduledEvents).toEqual({
      'Shop.Nightly': true,
      'Shop.Hourly': false,
      'Shop.Weekly': true
    })
  })

  test('the shape releases held before is not taken for the runtime names', () => {
    expect(isRuntimeSettings({ constants, scheduledEvents: { 'Shop.Nightly': true } })).toBe(false)
    expect(isRuntimeSettings(toRuntimeSettings({ constants, scheduledEvents: {} }))).toBe(true)
    expect(
      isRuntimeSettings({ MicroflowConstants: { A: 1 }, ScheduledEventExecution: 'ALL' })
    ).toBe(false)
    expect(isRuntimeSettings({ MicroflowConstants: {}, ScheduledEventExecution: 'SOME' })).toBe(
      false
    )
  })
})
