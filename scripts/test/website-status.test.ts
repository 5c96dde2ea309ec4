import {mkdtemp, rename, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {REBUILD_REQUEST_ID, REBUILD_REQUEST_TYPE} from '@cast/schemas/rules/rebuild-request'
import {copySeed} from '../src/dataset/working-copy'
import {writeFakeSite} from './support/fake-site'
import {REBUILD_TOKEN, SCRIPTS_DIR, sendWebhook, startService, status, type RunningService} from './support/service'
import type {PublicBuild} from '@cast/schemas/rules/public-build'

/**
 * What the Studio's Website tool reads: the recent builds in the public status, and a rebuild
 * asked for by writing the `rebuildRequest` document, which reaches the service as a webhook.
 */
let work: string
let service: RunningService
let contentFile: string


/** The webhook Sanity sends when the Website tool writes the rebuild request. */
const REQUEST = {_id: REBUILD_REQUEST_ID, _type: REBUILD_REQUEST_TYPE}

const builds = async () => (await status(service.url)).buildsTotal

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-website-status-'))
  contentFile = await copySeed(join(work, 'content'))
  // A quiet window far longer than any test: a build that starts at once was not waiting for it.
  service = await startService({CONTENT_FILE: contentFile, DATA_DIR: join(work, 'data'), QUIET_MS: '600000', MAX_DELAY_MS: '600000'})
})
afterAll(async () => {
  await service?.stop()
  await rm(work, {recursive: true, force: true})
})

describe('a rebuild requested through Sanity', () => {
  it('builds at once on a signed rebuildRequest webhook, and lists no document for it', async () => {
    const before = await builds()
    // The content file away: the build fails with a reason that names a path on this machine.
    await rename(contentFile, `${contentFile}.away`)
    try {
      const response = await sendWebhook(service.url, REQUEST)
      expect(response.status).toBe(202)
      await expect.poll(builds, {timeout: 60_000}).toBe(before + 1)
    } finally {
      await rename(`${contentFile}.away`, contentFile)
    }
    const full = await status(service.url)
    expect(full.builds[0]).toMatchObject({trigger: 'rebuild', result: 'failed', documents: []})
    expect(full.builds[0]!.error).toContain(contentFile)
    expect(full.queue.pendingEvents).toBe(1)
  })
})

describe('the recent builds in the public status', () => {
  it('lists the last builds, newest first, with published ids only, one-line reasons and no log', async () => {
    const before = await builds()
    await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})
    await sendWebhook(service.url, {_id: 'drafts.faq-secret-plan', _type: 'faq'})
    await fetch(`${service.url}/rebuild`, {method: 'POST', headers: {authorization: `Bearer ${REBUILD_TOKEN}`}})
    await expect.poll(builds, {timeout: 60_000}).toBe(before + 1)

    const response = await fetch(`${service.url}/status`)
    expect(response.status).toBe(200)
    const text = await response.text()
    const view = JSON.parse(text) as {builds: PublicBuild[]; lastBuild: {result: string}}
    expect(view.builds).toHaveLength(3)
    const [ok, failed, first] = view.builds
    expect(ok).toEqual({startedAt: expect.any(String), finishedAt: expect.any(String), result: 'ok', trigger: 'rebuild', documents: ['faq-what-is-cast']})
    expect(failed).toEqual({startedAt: expect.any(String), finishedAt: expect.any(String), result: 'failed', trigger: 'rebuild', documents: [], reason: expect.any(String)})
    expect(failed!.reason).toContain('[path]')
    expect(failed!.reason).not.toMatch(/\n/)
    expect(first).toMatchObject({result: 'ok', trigger: 'startup', documents: []})
    expect(Date.parse(ok!.startedAt)).toBeGreaterThan(Date.parse(failed!.startedAt))
    expect(view.lastBuild).toMatchObject({result: 'ok'})
    for (const secret of [work, SCRIPTS_DIR, tmpdir(), 'logTail', 'secret-plan', 'drafts.', REBUILD_REQUEST_ID]) expect(text, secret).not.toContain(secret)
  })

  it('shows at most the last 10 builds', async () => {
    // The stand-in site builds in a moment, so eleven builds stay quick.
    const site = await writeFakeSite(join(work, 'fake-site'))
    const quick = await startService({SITE_DIR: site, DATA_DIR: join(work, 'fake-data')})
    try {
      for (let index = 1; index <= 11; index++) {
        await sendWebhook(quick.url, REQUEST, {idempotencyKey: `rebuild-${index}`})
        await expect.poll(async () => (await status(quick.url)).buildsTotal, {timeout: 30_000}).toBe(index + 1)
      }
      const view = (await (await fetch(`${quick.url}/status`)).json()) as {builds: PublicBuild[]}
      expect(view.builds).toHaveLength(10)
      expect(view.builds.map((build) => build.trigger)).toEqual(Array(10).fill('rebuild'))
    } finally {
      await quick.stop()
    }
  })
})
