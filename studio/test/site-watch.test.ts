import {describe, expect, it} from 'vitest'
import type {ServiceStatus} from '../live/live-state'
import {nextPollIn} from '../live/site-watch'

const idle: ServiceStatus = {waiting: [], building: null, lastBuild: null, queue: {pendingEvents: 0, nextBuildAt: null}}

describe('how soon the Studio asks the site again', () => {
  it('asks every second while a build runs or changes wait, so a badge turns Live soon after the build', () => {
    expect(nextPollIn({...idle, building: {startedAt: '2026-11-27T20:00:00Z'}})).toBe(1000)
    expect(nextPollIn({...idle, queue: {pendingEvents: 1, nextBuildAt: '2026-11-27T20:00:01Z'}})).toBe(1000)
  })

  it('asks every 5 seconds when nothing is under way, or on a host without the rebuild service', () => {
    expect(nextPollIn(idle)).toBe(5000)
    expect(nextPollIn(null)).toBe(5000)
  })
})
