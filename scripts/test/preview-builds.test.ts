import {existsSync} from 'node:fs'
import {lutimes, mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import pino from 'pino'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {PreviewBuilds, type PreviewBuildFn} from '../src/service/preview-builds'

/**
 * How preview builds are scheduled, with a stand-in build that records what it was asked for
 * and finishes when the test says: the HTTP side and the real process group are in
 * preview-service.test.ts.
 */
let work: string
let builds: PreviewBuilds
let asked: string[]
let finish: Array<() => void>

const standIn: PreviewBuildFn = async (documentId, outDir, signal) => {
  asked.push(documentId)
  await new Promise<void>((resolve) => {
    finish.push(resolve)
    signal.addEventListener('abort', () => {
      finish = finish.filter((done) => done !== resolve)
      resolve()
    }, {once: true})
  })
  if (signal.aborted) return {ok: false, aborted: true, logTail: []}
  await mkdir(outDir, {recursive: true})
  await writeFile(join(outDir, 'preview.json'), JSON.stringify({documentId, path: `/faq/${documentId}/`, rev: 'r1', fromDraft: true, builtAt: new Date().toISOString()}))
  return {ok: true, aborted: false, logTail: []}
}

/** Lets the running stand-in build finish. */
const finishRunning = () => finish.shift()?.()

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-preview-builds-'))
  asked = []
  finish = []
  builds = new PreviewBuilds(work, 50, standIn, pino({level: 'silent'}))
})
afterEach(async () => {
  await builds.stop()
  await rm(work, {recursive: true, force: true})
})

describe('scheduling preview builds', () => {
  it('makes one build of requests for a document that come close together', async () => {
    builds.request('faq-a')
    builds.request('faq-a')
    builds.request('faq-a')
    await expect.poll(() => asked).toEqual(['faq-a'])
    expect(await builds.state('faq-a')).toMatchObject({building: true, queued: false})
    finishRunning()
    await expect.poll(async () => (await builds.state('faq-a')).built?.path).toBe('/faq/faq-a/')
    expect(asked).toEqual(['faq-a'])
  })

  it('builds one document at a time, and drops the oldest request beyond a few', async () => {
    builds.request('faq-a')
    await expect.poll(() => asked).toEqual(['faq-a'])
    for (const id of ['faq-b', 'faq-c', 'faq-d', 'faq-e', 'faq-f']) builds.request(id)
    expect(await builds.state('faq-b')).toMatchObject({queued: false})
    expect(await builds.state('faq-f')).toMatchObject({queued: true})
    for (let built = 1; built <= 5; built++) {
      await expect.poll(() => asked.length).toBe(built)
      finishRunning()
    }
    expect(asked).toEqual(['faq-a', 'faq-c', 'faq-d', 'faq-e', 'faq-f'])
  })

  it('starts no preview while a publish build runs, and stops a running one to build it after', async () => {
    builds.request('faq-a')
    await expect.poll(() => asked).toEqual(['faq-a'])
    builds.publishBuilding(true)
    await expect.poll(async () => (await builds.state('faq-a')).queued).toBe(true)
    builds.request('faq-b')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(asked).toEqual(['faq-a'])
    builds.publishBuilding(false)
    await expect.poll(() => asked).toEqual(['faq-a', 'faq-a'])
    finishRunning()
    await expect.poll(() => asked).toEqual(['faq-a', 'faq-a', 'faq-b'])
    expect((await builds.state('faq-a')).built).not.toBeNull()
  })
})

describe('keeping previews', () => {
  it('removes, after a build, previews nobody asked for in a day and folders a crash left behind', async () => {
    builds.request('faq-a')
    await expect.poll(() => asked).toEqual(['faq-a'])
    finishRunning()
    await expect.poll(async () => (await builds.state('faq-a')).built).not.toBeNull()
    const oldFolder = (await builds.folder('faq-a'))!
    // faq-a was last built two days ago, and a crashed build left its folder.
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60_000)
    await lutimes(join(builds.root, 'faq-a'), twoDaysAgo, twoDaysAgo)
    await mkdir(join(builds.root, '.builds', 'faq-x.1-crashed'), {recursive: true})

    builds.request('faq-b')
    await expect.poll(() => asked).toEqual(['faq-a', 'faq-b'])
    finishRunning()
    await expect.poll(async () => (await builds.state('faq-b')).built).not.toBeNull()
    await expect.poll(async () => (await builds.state('faq-a')).built).toBeNull()
    expect(existsSync(oldFolder)).toBe(false)
    expect(await readdir(join(builds.root, '.builds'))).toEqual([(await builds.folder('faq-b'))!.split('/').at(-1)])
  })
})
