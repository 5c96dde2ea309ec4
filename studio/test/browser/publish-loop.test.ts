import type {DatasetDocument} from '@cast/schemas/dataset'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {randomBytes} from 'node:crypto'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Route} from 'playwright-core'
import {startService, waitForText, type RunningService} from 'scripts/service/driver'
import {WEBHOOK_SETTINGS} from 'scripts/service/webhook-settings'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {dataset, projectId} from '../../env'
import {publishOpenDocument} from '../support/publish'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'
import {TEST_SITE} from '../support/test-site'

/**
 * The whole loop, as staff go through it: edit an FAQ answer, see it in the preview, publish; the
 * stand-in sends the webhook Sanity would send with the README's settings, the rebuild service
 * builds from the stand-in, the public page shows the text, and the badge turns to Live.
 */

const FAQ_ID = 'faq-what-is-cast'
const WEBHOOK_SECRET = randomBytes(24).toString('hex')
const REBUILD_TOKEN = randomBytes(24).toString('hex')

let studio: StudioSession
let service: RunningService
let dataDir: string
let faqPath = ''

/** The site's address in the Studio's build answers from the rebuild service, as a proxy would pass it on. */
function forwardTo(origin: string) {
  return async (route: Route) => {
    const request = route.request()
    const {pathname, search} = new URL(request.url())
    const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !['host', 'content-length'].includes(name)))
    const body = request.postDataBuffer()
    const response = await fetch(`${origin}${pathname}${search}`, {method: request.method(), headers, ...(body ? {body: new Uint8Array(body)} : {}), redirect: 'manual'})
    // fetch has already decoded the body: the headers must not say it is still compressed.
    const answered = Object.fromEntries([...response.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)))
    await route.fulfill({status: response.status, headers: answered, body: Buffer.from(await response.arrayBuffer())})
  }
}

/** The live-state badge. */
const badge = (label: string) => studio.page.locator('[data-ui="Badge"]').getByText(label, {exact: true})

/** Adds `text` at the end of the open FAQ's answer, as staff type it. */
async function addToAnswer(text: string) {
  await studio.page.getByTestId('field-answer').locator('[contenteditable="true"]').first().click()
  await studio.page.keyboard.press('Control+End')
  await studio.page.keyboard.type(` ${text}`)
}

const answerHas = (text: string) => (doc: DatasetDocument) => JSON.stringify(doc.answer ?? '').includes(text)

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
  dataDir = await mkdtemp(join(tmpdir(), 'cast-publish-loop-'))
  service = await startService({
    SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    REBUILD_TOKEN,
    SANITY_PROJECT_ID: projectId,
    SANITY_DATASET: dataset,
    SANITY_API_HOST: studio.lake.url,
    SANITY_READ_TOKEN: 'studio-test-read-token',
    STUDIO_ORIGIN: studio.origin,
    SITE_URL: TEST_SITE,
    DATA_DIR: dataDir,
    QUIET_MS: '200',
  })
  studio.lake.sendWebhooks({url: `${service.url}/webhooks/sanity`, secret: WEBHOOK_SECRET, ...WEBHOOK_SETTINGS})
  await studio.page.context().route(`${TEST_SITE}/**`, forwardTo(service.url))
  const build = (await (await fetch(`${service.url}/build.json`)).json()) as {documents: Record<string, {path?: string}>}
  faqPath = build.documents[FAQ_ID]?.path ?? ''
  if (!faqPath) throw new Error(`The first build has no page for ${FAQ_ID}: the test needs a published FAQ entry with a page.`)
}, 240_000)

afterAll(async () => {
  await studio?.close()
  await service?.stop()
  if (dataDir) await rm(dataDir, {recursive: true, force: true})
})

describe('publishing, from the Studio to the public site', () => {
  it('previews the edited answer, publishes it, and the badge turns to Live once the page shows it', async () => {
    const text = `Edited for the publish loop ${Date.now()}.`
    await studio.open(`/intent/edit/id=${FAQ_ID};type=faq`)
    await badge('Live').waitFor({timeout: SETTLE_MS})
    await addToAnswer(text)
    await expect.poll(() => studio.lake.documents().some((doc) => doc._id === `drafts.${FAQ_ID}` && answerHas(text)(doc)), {timeout: SETTLE_MS}).toBe(true)

    await studio.page.getByRole('tab', {name: 'Preview'}).click()
    const preview = studio.page.frameLocator('[data-testid="preview-frame"]')
    await preview.getByText(text).waitFor({timeout: SETTLE_MS})
    await preview.getByText('Preview').first().waitFor()
    // The public page does not have the draft.
    expect(await (await fetch(`${service.url}${faqPath}`)).text()).not.toContain(text)
    // Back to the form, where the document's status line says when it is saved.
    await studio.page.getByRole('tab').first().click()

    await publishOpenDocument(studio, {what: `the FAQ ${FAQ_ID}`, matches: (doc) => doc._id === FAQ_ID || doc._id === `drafts.${FAQ_ID}`, saved: answerHas(text)})
    await expect
      .poll(() => studio.lake.webhookDeliveries.at(-1), {message: 'the stand-in sent the webhook and the service took it', timeout: SETTLE_MS})
      .toMatchObject({documentId: FAQ_ID, body: JSON.stringify({_id: FAQ_ID, _type: 'faq'}), status: 202})
    await waitForText(`${service.url}${faqPath}`, text, SETTLE_MS)
    await badge('Live').waitFor({timeout: SETTLE_MS})
    expect(studio.lake.unanswered).toEqual([])
  })

  it('says in plain words that the last build failed, and the page keeps its published text', async () => {
    const before = await (await fetch(`${service.url}${faqPath}`)).text()
    // A document the Studio would refuse, written straight through the API: the build stops on it.
    const broken = {_id: 'faq-broken', _type: 'faq', question: 'Where is the answer?', slug: {_type: 'slug', current: 'where-is-the-answer'}, category: {_type: 'reference', _ref: 'faqCategory-cast'}}
    const written = await fetch(`${studio.lake.url}/v${API_VERSION}/data/mutate/${dataset}`, {
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: 'Bearer studio-test-token'},
      body: JSON.stringify({mutations: [{createOrReplace: broken}]}),
    })
    expect(written.status, await written.clone().text()).toBe(200)

    const text = `Never on the site ${Date.now()}.`
    await studio.open(`/intent/edit/id=${FAQ_ID};type=faq`)
    await addToAnswer(text)
    await publishOpenDocument(studio, {what: `the FAQ ${FAQ_ID}`, matches: (doc) => doc._id === FAQ_ID || doc._id === `drafts.${FAQ_ID}`, saved: answerHas(text)})
    await badge('Not live: the last build failed').waitFor({timeout: SETTLE_MS})
    await badge('Not live: the last build failed').hover()
    await expect
      .poll(() => studio.page.getByText(/The build of .* failed: .*faq-broken \(faq\) does not fit the site: answer/).count(), {message: 'the badge gives the reason', timeout: SETTLE_MS})
      .toBeGreaterThan(0)
    const after = await (await fetch(`${service.url}${faqPath}`)).text()
    expect(after).not.toContain(text)
    expect(after).toBe(before)
  })
})
