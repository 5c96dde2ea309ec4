import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startContentLake, type ContentLake} from '../src/content-lake'
import {copySeed} from '../src/dataset/working-copy'
import {isAlive, setFakePreviewMode, writeFakeSite} from './support/fake-site'
import {sendWebhook, startService, type RunningService} from './support/service'

/**
 * The Studio's Preview view asks the service for a preview build of a document's draft and shows
 * it in a frame; the service checks the Studio's preview secret with the Content Lake.
 */
const STUDIO = 'https://cast.sanity.studio'
const READ_TOKEN = 'test-read-token-0123456789'
const VALID = 'valid-preview-secret-0123456789'
const EXPIRED = 'expired-preview-secret-0123456789'

let work: string
let site: string
let dataDir: string
let lake: ContentLake
let service: RunningService

const secretDocument = (id: string, secret: string, updatedAt: Date) => ({
  _id: `drafts.${id}`,
  _type: 'sanity.previewUrlSecret',
  _rev: id,
  _createdAt: updatedAt.toISOString(),
  _updatedAt: updatedAt.toISOString(),
  secret,
  studioUrl: STUDIO,
  source: 'test',
})

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-preview-'))
  site = await writeFakeSite(join(work, 'site'))
  dataDir = join(work, 'data')
  lake = await startContentLake(await copySeed(join(work, 'content')), {
    token: READ_TOKEN,
    documents: () => [secretDocument('valid', VALID, new Date()), secretDocument('expired', EXPIRED, new Date(Date.now() - 2 * 60 * 60_000))],
  })
  service = await startService({
    SITE_DIR: site,
    DATA_DIR: dataDir,
    STUDIO_ORIGIN: STUDIO,
    SANITY_PROJECT_ID: 'test',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_READ_TOKEN: READ_TOKEN,
    QUIET_MS: '0',
  })
})
afterAll(async () => {
  await service?.stop()
  await lake?.close()
  await rm(work, {recursive: true, force: true})
})

const askPreview = (body: unknown) =>
  fetch(`${service.url}/preview`, {method: 'POST', headers: {'content-type': 'application/json', origin: STUDIO}, body: JSON.stringify(body)})

const previewState = async (documentId: string, secret = VALID) =>
  (await (await fetch(`${service.url}/preview/${documentId}/state?sanity-preview-secret=${secret}`)).json()) as {
    building: boolean
    queued: boolean
    built: {path: string; fromDraft: boolean; rev: string} | null
    error: string | null
  }

/** Asks for a preview and waits until it is built, or failed. */
async function previewBuilt(documentId: string) {
  const asked = await askPreview({documentId, secret: VALID})
  if (asked.status !== 202) throw new Error(`POST /preview answered ${asked.status}: ${await asked.text()}`)
  // A plain loop, not expect.poll, so that a beforeAll may wait too.
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const state = await previewState(documentId)
    if (!state.building && !state.queued && (state.built !== null || state.error !== null)) return state
  }
  throw new Error(`The preview of ${documentId} was not built within 30 s`)
}

/** Every file under a folder, with its text. */
async function textsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), 'latin1')))
}

describe('asking for a preview', () => {
  it('refuses a missing, wrong or expired secret with 401 and says what to do', async () => {
    for (const secret of [undefined, 'wrong-secret', EXPIRED]) {
      const response = await askPreview({documentId: 'faq-a', secret})
      expect(response.status, String(secret)).toBe(401)
      expect(((await response.json()) as {error: string}).error).toContain('open the preview again from the Studio')
    }
    expect((await fetch(`${service.url}/preview/faq-a/state?sanity-preview-secret=${EXPIRED}`)).status).toBe(401)
  })

  it('refuses an id that is not a published document’s', async () => {
    for (const documentId of ['drafts.faq-a', 'versions.r1.faq-a', '../etc', '.builds', 42]) {
      const response = await askPreview({documentId, secret: VALID})
      expect(response.status, String(documentId)).toBe(400)
      expect(((await response.json()) as {error: string}).error).toContain('is not a published document')
    }
  })

  it('lets the Studio ask from the browser: the preflight allows POST with a JSON body', async () => {
    const preflight = await fetch(`${service.url}/preview`, {method: 'OPTIONS', headers: {origin: STUDIO, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type'}})
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(STUDIO)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type')
    const asked = await askPreview({documentId: 'faq-a', secret: 'wrong-secret'})
    expect(asked.headers.get('access-control-allow-origin')).toBe(STUDIO)
  })

  it('builds the draft’s page into a folder of its own and reports it built', async () => {
    const state = await previewBuilt('faq-a')
    expect(state).toMatchObject({error: null, built: {path: '/faq/faq-a/', fromDraft: true, rev: 'rev-faq-a'}})
    expect(await readFile(join(dataDir, 'previews', 'faq-a', 'faq', 'faq-a', 'index.html'), 'utf8')).toContain('Draft text of faq-a')
  })

  it('says why a preview build failed, in the build’s own words', async () => {
    await setFakePreviewMode(site, 'fail')
    try {
      const state = await previewBuilt('faq-broken')
      expect(state).toMatchObject({built: null, error: 'the draft of faq-broken has no slug'})
    } finally {
      await setFakePreviewMode(site, 'ok')
    }
  })
})

describe('a second webhook, with drafts on', () => {
  const sendDraft = (body: unknown, options: {secret?: string} = {}) => sendWebhook(service.url, body, {path: '/webhooks/sanity/drafts', ...options})

  it('builds the preview of the draft it names, and starts no publish build', async () => {
    const builds = service.logs.filter((line) => line.event === 'build-started').length
    const response = await sendDraft({_id: 'drafts.faq-hook', _type: 'faq'})
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({queued: true, documentId: 'faq-hook'})
    await expect.poll(async () => (await previewState('faq-hook')).built?.path, {timeout: 30_000}).toBe('/faq/faq-hook/')
    expect(service.logs.filter((line) => line.event === 'build-started').length).toBe(builds)
  })

  it('refuses an unsigned delivery, and passes over documents without a page, release versions and published documents', async () => {
    expect((await sendDraft({_id: 'drafts.faq-hook', _type: 'faq'}, {secret: 'not-the-secret-0123456789'})).status).toBe(401)
    for (const body of [{_id: 'drafts.hotline-cast', _type: 'hotline'}, {_id: 'versions.r1.faq-hook', _type: 'faq'}, {_id: 'faq-hook', _type: 'faq'}]) {
      const response = await sendDraft(body)
      expect(response.status, body._id).toBe(202)
      expect(((await response.json()) as {queued: boolean}).queued, body._id).toBe(false)
    }
  })
})

describe('serving a preview', () => {
  beforeAll(async () => {
    await previewBuilt('faq-a')
  })

  it('serves its page only with a valid secret, framed by the Studio only, never indexed or cached', async () => {
    const response = await fetch(`${service.url}/preview/faq-a/faq/faq-a/?sanity-preview-secret=${VALID}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Draft text of faq-a')
    expect(response.headers.get('content-security-policy')).toBe(`default-src 'self'; frame-ancestors ${STUDIO}`)
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    // The live release's `_headers` rule (here `X-Fake: 1`) is not added to previews.
    expect(response.headers.get('x-fake')).toBeNull()
  })

  it('answers a page without a valid secret with a 401 page', async () => {
    for (const query of ['', '?sanity-preview-secret=wrong-secret', `?sanity-preview-secret=${EXPIRED}`]) {
      const response = await fetch(`${service.url}/preview/faq-a/faq/faq-a/${query}`)
      expect(response.status, query).toBe(401)
      const text = await response.text()
      expect(text).not.toContain('Draft text')
      expect(text).toContain('open the preview again from the Studio')
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    }
  })

  it('serves its assets without the secret', async () => {
    const response = await fetch(`${service.url}/preview/faq-a/_astro/site.css`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('body{color:black}')
  })

  it('keeps previews out of the public release', async () => {
    for (const text of await textsUnder(join(dataDir, 'current'))) expect(text).not.toContain('Draft text')
    expect((await fetch(`${service.url}/faq/faq-a/`)).status).toBe(404)
  })
})

describe('a publish comes first', () => {
  it('stops a running preview build when a publish build starts, and builds the preview after it', async () => {
    await setFakePreviewMode(site, 'wait')
    const pidFile = join(site, 'preview.pid')
    await rm(pidFile, {force: true})
    try {
      expect((await askPreview({documentId: 'faq-slow', secret: VALID})).status).toBe(202)
      await expect.poll(() => readFile(pidFile, 'utf8').catch(() => ''), {timeout: 30_000}).not.toBe('')
      const pid = Number(await readFile(pidFile, 'utf8'))
      await rm(pidFile)
      expect(isAlive(pid)).toBe(true)

      expect((await sendWebhook(service.url, {_id: 'faq-slow', _type: 'faq'})).status).toBe(202)
      await service.waitForLog((line) => line.event === 'preview-preempted')
      await expect.poll(() => isAlive(pid), {timeout: 10_000}).toBe(false)
      // The first build at start-up was one; the webhook's is the second.
      await expect.poll(() => service.logs.filter((line) => line.event === 'build-live').length, {timeout: 30_000}).toBe(2)

      // Queued again after the publish build, and now allowed to finish.
      await expect.poll(() => readFile(pidFile, 'utf8').catch(() => ''), {timeout: 30_000}).not.toBe('')
      await writeFile(join(site, 'preview-go'), '')
      await expect.poll(async () => (await previewState('faq-slow')).built?.path, {timeout: 30_000}).toBe('/faq/faq-slow/')
      const events = service.logs.map((line) => line.event)
      expect(events.lastIndexOf('preview-started')).toBeGreaterThan(events.lastIndexOf('build-live'))
    } finally {
      await setFakePreviewMode(site, 'ok')
      await rm(join(site, 'preview-go'), {force: true})
    }
  })
})

describe('without the Content Lake', () => {
  it('answers 404 and names what preview needs', async () => {
    const plain = await startService({SITE_DIR: site, DATA_DIR: join(work, 'plain-data')})
    try {
      const response = await fetch(`${plain.url}/preview`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({documentId: 'faq-a', secret: VALID})})
      expect(response.status).toBe(404)
      expect(((await response.json()) as {error: string}).error).toContain('Preview needs the Content Lake and SANITY_READ_TOKEN')
    } finally {
      await plain.stop()
    }
  })
})
