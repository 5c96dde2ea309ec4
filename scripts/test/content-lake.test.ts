import {EMBEDDED_DATASET} from '@cast/schemas/dataset'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {createClient, type SanityClient} from '@sanity/client'
import {readFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startContentLake, type ContentLake} from '../src/content-lake'
import {checkSignature} from '../src/service/signature'
import {WEBHOOK_SETTINGS} from '../src/service/webhook-settings'

const SECRET = 'lake-webhook-secret-0123456789'

/** What the receiver got: each body with its signature header. */
const received: Array<{body: string; signature: string | undefined}> = []
let receiver: Server
let lake: ContentLake
let client: SanityClient

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({body, signature: req.headers['sanity-webhook-signature'] as string | undefined})
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/sanity`
  lake = await startContentLake(EMBEDDED_DATASET)
  lake.sendWebhooks({url, secret: SECRET, ...WEBHOOK_SETTINGS})
  client = createClient({projectId: 'test', dataset: 'production', apiVersion: API_VERSION, apiHost: lake.url, useProjectHostname: false, useCdn: false, token: 'any'})
})

afterAll(async () => {
  await lake?.close()
  await new Promise((resolve) => receiver?.close(resolve))
})

/** Waits until every delivery so far has been answered. */
async function delivered(count: number) {
  await expect.poll(() => lake.webhookDeliveries.filter((delivery) => delivery.status !== null || delivery.error).length).toBe(count)
}

describe('the stand-in sends the webhook as Sanity does with the README settings', () => {
  it('signs the projection of each published change that matches the filter, and nothing for drafts or other types', async () => {
    const started = Date.now()
    await client.createOrReplace({_id: 'drafts.faq-what-is-cast', _type: 'faq', question: 'A draft'})
    await client.patch('faq-what-is-cast').set({question: 'What is Cast, published?'}).commit()
    await client.createOrReplace({_id: 'sanity-preview-url-secret.x', _type: 'sanity.previewUrlSecret', secret: 's'})
    await client.delete('hotline-cast')
    await delivered(2)
    expect(received.map((delivery) => JSON.parse(delivery.body))).toEqual([
      {_id: 'faq-what-is-cast', _type: 'faq'},
      {_id: 'hotline-cast', _type: 'hotline'},
    ])
    for (const delivery of received) {
      const check = await checkSignature(delivery.body, delivery.signature, SECRET, {toleranceMs: 60_000})
      expect(check.ok, JSON.stringify(check)).toBe(true)
    }
    expect(lake.webhookDeliveries.map((delivery) => delivery.status)).toEqual([202, 202])
    // When each was sent, which the publish benchmark measures webhook to live from.
    for (const delivery of lake.webhookDeliveries) expect(delivery.sentAt).toBeGreaterThanOrEqual(started)
  })

  it('starts a build for every type of document the site reads, translation groups included', async () => {
    const queries = await readFile(join(import.meta.dirname, '..', '..', 'site', 'src', 'content', 'queries.ts'), 'utf8')
    const read = [...queries.matchAll(/_type == "([\w.]+)"/g)].map(([, type]) => type!)
    expect(read).toContain('translation.metadata')
    for (const type of read) expect(WEBHOOK_SETTINGS.filter, type).toContain(`"${type}"`)
  })

  it('uses the filter and projection the README tells staff to set', async () => {
    const readme = await readFile(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    expect(readme).toContain(`| Filter | \`${WEBHOOK_SETTINGS.filter}\` |`)
    expect(readme).toContain(`| Projection | \`${WEBHOOK_SETTINGS.projection}\` |`)
  })
})

describe('the stand-in deletes by query', () => {
  it('removes every document the query selects, as client.delete({query}) asks', async () => {
    await client.createOrReplace({_id: 'drafts.secret-a', _type: 'sanity.previewUrlSecret', secret: 'a'})
    await client.createOrReplace({_id: 'drafts.secret-b', _type: 'sanity.previewUrlSecret', secret: 'b'})
    await client.delete({query: '*[_type == $type && secret == "a"]', params: {type: 'sanity.previewUrlSecret'}})
    expect(lake.documents().filter((doc) => doc._id.startsWith('drafts.secret-')).map((doc) => doc._id)).toEqual(['drafts.secret-b'])
  })
})

describe('the stand-in answers the delete dialog', () => {
  it('with no references from other datasets, since it holds one', async () => {
    const answer = await client.request({url: '/data/references/production/documents/hotline-cast/to?excludeInternalReferences=true&excludePaths=true'})
    expect(answer).toEqual({totalCount: 0, references: []})
    expect(lake.unanswered).toEqual([])
  })
})
