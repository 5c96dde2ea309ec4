import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import pino from 'pino'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {Journal} from '../src/service/journal'
import {Publisher, type BuildFn} from '../src/service/publisher'
import {Releases} from '../src/service/releases'

/**
 * The publisher's timing rules, with a stand-in for the site build that writes a small release
 * (the service tests run the real build).
 */
let dir: string
let journal: Journal
let releases: Releases
let started: number[]
let nextChangeAt: string | null

const fakeBuild: BuildFn = async (outDir) => {
  started.push(Date.now())
  await mkdir(outDir, {recursive: true})
  await writeFile(join(outDir, 'build.json'), JSON.stringify({nextChangeAt}))
  await new Promise((resolve) => setTimeout(resolve, 50))
  return {ok: true, logTail: []}
}

function publisher(config: {QUIET_MS: number; MAX_DELAY_MS: number}) {
  return new Publisher({...config, KEEP_RELEASES: 3}, journal, releases, fakeBuild, pino({level: 'silent'}))
}

const event = (index: number) => ({key: `e${index}`, trigger: 'webhook' as const, receivedAt: new Date().toISOString(), documentId: `faq-${index}`})
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cast-publisher-'))
  journal = await Journal.open(join(dir, 'journal.ndjson'))
  releases = new Releases(dir)
  started = []
  nextChangeAt = null
})
afterEach(async () => {
  await journal.close()
  await rm(dir, {recursive: true, force: true})
})

describe('coalescing', () => {
  it('waits for the quiet window after the last event', async () => {
    const subject = publisher({QUIET_MS: 300, MAX_DELAY_MS: 5000})
    await subject.start()
    started.length = 0
    const first = Date.now()
    for (let index = 0; index < 5; index++) {
      await subject.accept(event(index))
      await sleep(100)
    }
    await sleep(600)
    expect(started).toHaveLength(1)
    expect(started[0]! - first).toBeGreaterThanOrEqual(700)
    await subject.stop()
  })

  it('does not let a steady stream of events postpone a build past the cap', async () => {
    const subject = publisher({QUIET_MS: 300, MAX_DELAY_MS: 800})
    await subject.start()
    started.length = 0
    for (let index = 0; index < 15; index++) {
      await subject.accept(event(index))
      await sleep(100)
    }
    const streamEnded = Date.now()
    // The stream never paused for the quiet window, yet a build started while it went on.
    expect(started.length).toBeGreaterThanOrEqual(1)
    expect(started[0]!).toBeLessThan(streamEnded)
    await subject.stop()
  })

  it('follows a build with exactly one more for the events that arrived during it', async () => {
    const subject = publisher({QUIET_MS: 0, MAX_DELAY_MS: 1000})
    await subject.start()
    started.length = 0
    await subject.accept(event(1))
    await sleep(10)
    for (let index = 2; index < 10; index++) await subject.accept(event(index))
    await sleep(400)
    expect(started).toHaveLength(2)
    expect(journal.pending()).toEqual([])
    await subject.stop()
  })
})

describe('changes nobody publishes', () => {
  it('rebuilds by itself when the release says the content changes, as when a job closes', async () => {
    nextChangeAt = new Date(Date.now() + 300).toISOString()
    const subject = publisher({QUIET_MS: 0, MAX_DELAY_MS: 1000})
    await subject.start()
    expect((await subject.status()).nextScheduledRebuild).toBe(nextChangeAt)
    nextChangeAt = null
    await sleep(700)
    expect(journal.builds.map((build) => build.trigger)).toEqual(['startup', 'schedule'])
    expect((await subject.status()).nextScheduledRebuild).toBeNull()
    await subject.stop()
  })
})
