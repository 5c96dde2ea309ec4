import {execFile} from 'node:child_process'
import {get} from 'node:http'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copySeed, editDocument, setQuestion} from '../src/dataset/working-copy'
import {REBUILD_TOKEN, SCRIPTS_DIR, sendWebhook, settled, startService, status, waitForText, type RunningService} from './support/service'

const run = promisify(execFile)

/** The status of a GET with If-None-Match, as a browser revalidating its cached copy sends it. */
function conditionalGet(url: string, etag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, {headers: {'if-none-match': etag}}, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on('error', reject)
  })
}
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-service-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

/** A service with its own data folder and its own copy of the dataset. */
async function freshService(name: string, env: Record<string, string> = {}) {
  const contentFile = await copySeed(join(work, name, 'content'))
  const dataDir = join(work, name, 'data')
  const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir, ...env})
  return {service, contentFile, dataDir}
}

describe('start-up', () => {
  it('refuses to start without a webhook secret, and says which variable', async () => {
    const env = {...process.env}
    delete env.SANITY_WEBHOOK_SECRET
    const failure = await run(process.execPath, ['--import', 'tsx', 'src/service/server.ts'], {cwd: SCRIPTS_DIR, env}).catch((error: {code: number; stderr: string}) => error)
    expect(failure).toMatchObject({code: 1})
    expect((failure as {stderr: string}).stderr).toContain('The rebuild service cannot start: SANITY_WEBHOOK_SECRET is not set')
  })

  it('builds a first release before serving, and says so', async () => {
    const {service} = await freshService('first')
    try {
      const first = service.logs.findIndex((line) => line.event === 'first-build')
      const live = service.logs.findIndex((line) => line.event === 'build-live')
      const listening = service.logs.findIndex((line) => line.event === 'listening')
      expect(first).toBeGreaterThanOrEqual(0)
      expect(first).toBeLessThan(live)
      expect(live).toBeLessThan(listening)
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200)
    } finally {
      await service.stop()
    }
  })
})

describe('the webhook endpoint and the static site', () => {
  let service: RunningService
  beforeAll(async () => {
    ;({service} = await freshService('http'))
  })
  afterAll(async () => {
    await service?.stop()
  })

  it('refuses a wrong signature with 401', async () => {
    const response = await sendWebhook(service.url, {_id: 'faq-what-is-cast'}, {secret: 'not-the-secret-at-all-000'})
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({error: 'Unauthorized: signature does not match the body.'})
  })

  it('refuses a missing or malformed signature header with 401', async () => {
    const missing = await fetch(`${service.url}/webhooks/sanity`, {method: 'POST', headers: {'content-type': 'application/json'}, body: '{}'})
    expect(missing.status).toBe(401)
    const malformed = await fetch(`${service.url}/webhooks/sanity`, {method: 'POST', headers: {'content-type': 'application/json', 'sanity-webhook-signature': 'v1=abc'}, body: '{}'})
    expect(malformed.status).toBe(401)
  })

  it('refuses a signature more than 5 minutes old, or ahead, with 401', async () => {
    for (const offset of [-6 * 60_000, 6 * 60_000]) {
      const response = await sendWebhook(service.url, {_id: 'x'}, {timestamp: Date.now() + offset})
      expect(response.status).toBe(401)
      expect((await response.json()).error).toMatch(/outside the 300 s window/)
    }
  })

  it('refuses a signed body that is not JSON with 400', async () => {
    const response = await sendWebhook(service.url, undefined, {rawBody: 'not json'})
    expect(response.status).toBe(400)
  })

  it('refuses a body over 1 MiB with 413', async () => {
    const response = await sendWebhook(service.url, {_id: 'x', padding: 'x'.repeat(1024 * 1024)})
    expect(response.status).toBe(413)
  })

  it('answers other methods with 405', async () => {
    const response = await fetch(`${service.url}/webhooks/sanity`)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('acknowledges a repeated delivery but counts it once', async () => {
    const first = await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'}, {idempotencyKey: 'delivery-1'})
    const second = await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'}, {idempotencyKey: 'delivery-1'})
    expect(first.status).toBe(202)
    expect(second.status).toBe(202)
    expect(await second.json()).toEqual({accepted: true, duplicate: true})
    const journal = await readFile(join(work, 'http', 'data', 'journal.ndjson'), 'utf8')
    expect(journal.match(/"key":"delivery-1"/g)).toHaveLength(1)
    await settled(service.url)
  })

  it('rebuilds on POST /rebuild with the bearer token only', async () => {
    expect((await fetch(`${service.url}/rebuild`, {method: 'POST'})).status).toBe(401)
    const before = (await status(service.url)).buildsTotal
    const response = await fetch(`${service.url}/rebuild`, {method: 'POST', headers: {authorization: `Bearer ${REBUILD_TOKEN}`}})
    expect(response.status).toBe(202)
    await expect.poll(async () => (await settled(service.url)).buildsTotal, {timeout: 60_000}).toBe(before + 1)
    expect((await status(service.url)).builds[0]).toMatchObject({trigger: 'rebuild', result: 'ok'})
  })

  it('serves the release with the site security headers, ETags and revalidated HTML', async () => {
    const page = await fetch(`${service.url}/faq/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const etag = page.headers.get('etag')
    expect(etag).toBeTruthy()
    // fetch() adds `Cache-Control: no-cache` to conditional requests, so ask as a browser cache does.
    expect(await conditionalGet(`${service.url}/faq/`, etag!)).toBe(304)

    const html = await page.text()
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!
    const stylesheet = await fetch(`${service.url}${css}`)
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/)
    expect(stylesheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('compresses text, and leaves the already-compressed search index files as they are', async () => {
    const html = await fetch(`${service.url}/get-help/`, {headers: {'accept-encoding': 'gzip'}})
    expect(html.headers.get('content-encoding')).toBe('gzip')
    const index = await readFile(join(work, 'http', 'data', 'current', 'pagefind', 'pagefind-entry.json'), 'utf8')
    const [language] = Object.values((JSON.parse(index) as {languages: Record<string, {hash: string}>}).languages)
    const meta = await fetch(`${service.url}/pagefind/pagefind.${language!.hash}.pf_meta`, {headers: {'accept-encoding': 'gzip, br, zstd'}})
    expect(meta.status).toBe(200)
    expect(meta.headers.get('content-encoding')).toBeNull()
    const bytes = new Uint8Array(await meta.arrayBuffer())
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
  })

  it('redirects a folder without its slash, answers 404 with the site page, and never leaves the release', async () => {
    const redirect = await fetch(`${service.url}/faq`, {redirect: 'manual'})
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/faq/')
    const missing = await fetch(`${service.url}/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Page not found')
    for (const path of ['/..%2f..%2fjournal.ndjson', '/%2e%2e/%2e%2e/journal.ndjson', '/../journal.ndjson', '/_headers/../../journal.ndjson']) {
      const response = await fetch(`${service.url}${path}`)
      expect([400, 403, 404], path).toContain(response.status)
      expect(await response.text(), path).not.toContain('"kind":"event"')
    }
  })
})

describe('publishing', () => {
  let service: RunningService
  let contentFile: string
  beforeAll(async () => {
    ;({service, contentFile} = await freshService('publish'))
  })
  afterAll(async () => {
    await service?.stop()
  })

  it('puts a changed document live after a signed event', async () => {
    await setQuestion(contentFile, 'faq-what-is-cast', 'What is Cast, in one paragraph?')
    expect((await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})).status).toBe(202)
    await waitForText(`${service.url}/faq/what-is-cast/`, 'What is Cast, in one paragraph?')
    const {builds} = await settled(service.url)
    expect(builds[0]).toMatchObject({result: 'ok', trigger: 'webhook', documents: [{id: 'faq-what-is-cast', type: 'faq'}]})
  })

  it('makes at most 2 builds for 50 events within a second', async () => {
    const before = (await settled(service.url)).buildsTotal
    await Promise.all(Array.from({length: 50}, (_, index) => sendWebhook(service.url, {_id: `faq-${index}`, _type: 'faq'}, {idempotencyKey: `burst-${index}`})))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const after = await settled(service.url)
    const builds = after.buildsTotal - before
    expect(builds).toBeGreaterThanOrEqual(1)
    expect(builds).toBeLessThanOrEqual(2)
    expect(after.queue.pendingEvents).toBe(0)
  })

  it('keeps the last good release live when a build fails, says why, and recovers on the next event', async () => {
    await editDocument(contentFile, 'faq-can-i-donate', (doc) => ({...doc, answer: []}))
    await sendWebhook(service.url, {_id: 'faq-can-i-donate', _type: 'faq'})
    await expect.poll(async () => (await settled(service.url)).builds[0]?.result, {timeout: 60_000}).toBe('failed')
    const failed = (await status(service.url)).builds[0]!
    expect(failed.error).toContain('Document faq-can-i-donate (faq) does not fit the site: answer: the answer is empty')
    expect(failed.logTail!.length).toBeGreaterThan(0)
    expect((await status(service.url)).queue.pendingEvents).toBe(1)
    const page = await fetch(`${service.url}/faq/can-i-donate/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('See <a href="/ways-to-give/">Ways to give</a>')

    await editDocument(contentFile, 'faq-can-i-donate', (doc) => ({...doc, answer: [{_type: 'block', _key: 'k', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's', text: 'Yes, gladly.', marks: []}]}]}))
    await sendWebhook(service.url, {_id: 'faq-can-i-donate', _type: 'faq'})
    await waitForText(`${service.url}/faq/can-i-donate/`, 'Yes, gladly.')
    expect((await settled(service.url)).queue.pendingEvents).toBe(0)
  })
})

describe('crashes', () => {
  it('finishes the pending work after being killed with SIGKILL during a build', async () => {
    const name = 'crash'
    const {service, contentFile, dataDir} = await freshService(name)
    await setQuestion(contentFile, 'faq-can-i-volunteer', 'Can I volunteer with Cast, after a crash?')
    await sendWebhook(service.url, {_id: 'faq-can-i-volunteer', _type: 'faq'})
    const started = await service.waitForLog((line) => line.event === 'build-started' && line.trigger === 'webhook')
    await service.waitForLog((line) => line.event === 'build-output' && line.build === started.build)
    await service.stop('SIGKILL')

    const restarted = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    try {
      expect(restarted.logs.some((line) => line.event === 'first-build')).toBe(false)
      await restarted.waitForLog((line) => line.event === 'recovery')
      await waitForText(`${restarted.url}/faq/can-i-volunteer/`, 'Can I volunteer with Cast, after a crash?')
      const after = await settled(restarted.url)
      expect(after.queue.pendingEvents).toBe(0)
      // The interrupted build left no release behind: every folder is a finished build's.
      const finished = after.builds.filter((build) => build.result === 'ok').map((build) => build.id)
      expect((await readdir(join(dataDir, 'releases'))).every((name) => finished.includes(name))).toBe(true)
      expect(finished).not.toContain(started.build)
    } finally {
      await restarted.stop()
    }
  })
})

describe('switching releases', () => {
  it('never shows a missing or partial page to a visitor during 20 switches', async () => {
    const {service} = await freshService('switches', {QUIET_MS: '0'})
    const pages = ['/', '/faq/', '/get-help/', '/faq/what-is-human-trafficking/', '/reports/sample-annual-report-2025/']
    const problems: string[] = []
    let fetched = 0
    let polling = true
    const poller = (async () => {
      while (polling) {
        for (const path of pages) {
          const response = await fetch(`${service.url}${path}`)
          const body = await response.text()
          fetched++
          if (response.status !== 200 || !body.trimEnd().endsWith('</html>') || !body.includes('888-KEY-2-FREE')) {
            problems.push(`${path}: ${response.status}, ${body.length} bytes`)
          }
        }
      }
    })()
    try {
      const before = (await settled(service.url)).buildsTotal
      for (let switchNumber = 1; switchNumber <= 20; switchNumber++) {
        await fetch(`${service.url}/rebuild`, {method: 'POST', headers: {authorization: `Bearer ${REBUILD_TOKEN}`}})
        await expect.poll(async () => (await settled(service.url)).buildsTotal, {timeout: 60_000}).toBe(before + switchNumber)
      }
      const {builds} = await status(service.url)
      expect(builds.slice(0, 20).every((build) => build.result === 'ok')).toBe(true)
    } finally {
      polling = false
      await poller
      await service.stop()
    }
    expect(problems).toEqual([])
    expect(fetched).toBeGreaterThan(100)
  })
})
