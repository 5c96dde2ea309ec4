import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copySeed, editDocument, setQuestion} from '../src/dataset/working-copy'
import {sendWebhook, settled, startService, status, waitForText} from './support/service'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-reconcile-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('publishes whose webhook never arrived', () => {
  it('are built at start-up, when the content changed while the service was down', async () => {
    const contentFile = await copySeed(join(work, 'down', 'content'))
    const dataDir = join(work, 'down', 'data')
    const first = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    await first.stop()
    await setQuestion(contentFile, 'faq-what-is-cast', 'Published while the service was down')
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    try {
      await waitForText(`${service.url}/faq/what-is-cast/`, 'Published while the service was down')
      const {builds} = await settled(service.url)
      expect(builds[0]).toMatchObject({trigger: 'reconcile', result: 'ok'})
      expect(service.logs.some((line) => line.event === 'reconcile-differs')).toBe(true)
      const live = JSON.parse(await readFile(join(dataDir, 'current', 'build.json'), 'utf8')) as {fingerprint: string}
      expect(live.fingerprint).toMatch(/^file:sha256:[0-9a-f]{64}$/)
    } finally {
      await service.stop()
    }
  })

  it('are built every RECONCILE_MS while the service runs, and nothing is built when nothing changed', async () => {
    const contentFile = await copySeed(join(work, 'running', 'content'))
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: join(work, 'running', 'data'), RECONCILE_MS: '1000'})
    try {
      const before = (await settled(service.url)).buildsTotal
      // Several comparisons happen in this time; the content is what the live release was built from.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect((await settled(service.url)).buildsTotal).toBe(before)

      await setQuestion(contentFile, 'faq-can-i-volunteer', 'Published, and the webhook was lost')
      await waitForText(`${service.url}/faq/can-i-volunteer/`, 'Published, and the webhook was lost')
      const {builds, buildsTotal} = await settled(service.url)
      expect(buildsTotal).toBe(before + 1)
      expect(builds[0]).toMatchObject({trigger: 'reconcile', result: 'ok'})
    } finally {
      await service.stop()
    }
  })
})

describe('alerts', () => {
  let server: Server
  let alertUrl: string
  const received: Array<Record<string, unknown>> = []
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        received.push(JSON.parse(body) as Record<string, unknown>)
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    alertUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('tells the operator when builds keep failing and the site stays behind, and when it is over', async () => {
    const contentFile = await copySeed(join(work, 'alerts', 'content'))
    const service = await startService({
      CONTENT_FILE: contentFile,
      DATA_DIR: join(work, 'alerts', 'data'),
      ALERT_URL: alertUrl,
      ALERT_AFTER_FAILURES: '2',
      ALERT_BEHIND_MS: '2000',
    })
    try {
      await editDocument(contentFile, 'faq-can-i-donate', (doc) => ({...doc, answer: []}))
      for (let attempt = 1; attempt <= 2; attempt++) {
        await sendWebhook(service.url, {_id: 'faq-can-i-donate', _type: 'faq'})
        await expect.poll(async () => (await settled(service.url)).builds.filter((build) => build.result === 'failed').length, {timeout: 60_000}).toBe(attempt)
      }
      await expect.poll(() => received.map((alert) => alert.kind).sort(), {timeout: 10_000}).toEqual(['builds-failing', 'site-behind'])
      const failing = received.find((alert) => alert.kind === 'builds-failing')!
      expect(failing).toMatchObject({resolved: false, consecutiveFailures: 2})
      expect(String(failing.text)).toContain('faq-can-i-donate')
      const logged = service.logs.filter((line) => line.event === 'alert')
      expect(logged.map((line) => line.level)).toEqual([50, 50])

      await editDocument(contentFile, 'faq-can-i-donate', (doc) => ({...doc, answer: [{_type: 'block', _key: 'k', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's', text: 'Yes, and thank you.', marks: []}]}]}))
      await sendWebhook(service.url, {_id: 'faq-can-i-donate', _type: 'faq'})
      await waitForText(`${service.url}/faq/can-i-donate/`, 'Yes, and thank you.')
      await expect.poll(() => received.filter((alert) => alert.resolved === true).map((alert) => alert.kind).sort(), {timeout: 10_000}).toEqual(['builds-failing', 'site-behind'])
      expect((await status(service.url)).queue.pendingEvents).toBe(0)
    } finally {
      await service.stop()
    }
  })
})
