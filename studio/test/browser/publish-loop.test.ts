import {API_VERSION} from '@cast/schemas/rules/api-version'
import {waitForText} from 'scripts/service/driver'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {dataset} from '../../env'
import {publishOpenDocument} from '../support/publish'
import {addToAnswer, answerHas, liveBadge, openPreview, startPublishLoop, showForm, type PublishLoop} from '../support/publish-loop'
import {SETTLE_MS, type StudioSession} from '../support/studio-page'

/**
 * The whole loop, as staff go through it: edit an FAQ answer, see it in the preview, publish; the
 * stand-in sends the webhook Sanity would send with the README's settings, the rebuild service
 * builds from the stand-in, the public page shows the text, and the badge turns to Live.
 */

const FAQ_ID = 'faq-what-is-cast'

let loop: PublishLoop
let studio: StudioSession
let serviceUrl = ''
let faqPath = ''

beforeAll(async () => {
  loop = await startPublishLoop(inject('studioDist'), {faqId: FAQ_ID, serviceEnv: {QUIET_MS: '200'}})
  studio = loop.studio
  serviceUrl = loop.service.url
  faqPath = loop.faq.path
}, 240_000)

afterAll(async () => {
  await loop?.close()
})

describe('publishing, from the Studio to the public site', () => {
  it('previews the edited answer, publishes it, and the badge turns to Live once the page shows it', async () => {
    const text = `Edited for the publish loop ${Date.now()}.`
    await studio.open(`/intent/edit/id=${FAQ_ID};type=faq`)
    await liveBadge(studio, 'Live').waitFor({timeout: SETTLE_MS})
    await addToAnswer(studio, text)
    await expect.poll(() => studio.lake.documents().some((doc) => doc._id === `drafts.${FAQ_ID}` && answerHas(text)(doc)), {timeout: SETTLE_MS}).toBe(true)
    const preview = await openPreview(studio)
    await preview.getByText(text).waitFor({timeout: SETTLE_MS})
    await preview.getByText('Preview — not published').waitFor()
    await studio.screenshot('preview', preview.getByText(text))
    // The public page does not have the draft.
    expect(await (await fetch(`${serviceUrl}${faqPath}`)).text()).not.toContain(text)
    await showForm(studio)

    await publishOpenDocument(studio, {what: `the FAQ ${FAQ_ID}`, matches: (doc) => doc._id === FAQ_ID || doc._id === `drafts.${FAQ_ID}`, saved: answerHas(text)})
    await expect
      .poll(() => studio.lake.webhookDeliveries.at(-1), {message: 'the stand-in sent the webhook and the service took it', timeout: SETTLE_MS})
      .toMatchObject({documentId: FAQ_ID, body: JSON.stringify({_id: FAQ_ID, _type: 'faq'}), status: 202})
    await waitForText(`${serviceUrl}${faqPath}`, text, SETTLE_MS)
    await liveBadge(studio, 'Live').waitFor({timeout: SETTLE_MS})
    expect(studio.lake.unanswered).toEqual([])
  })

  it('says in plain words that the last build failed, and the page keeps its published text', async () => {
    const before = await (await fetch(`${serviceUrl}${faqPath}`)).text()
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
    await addToAnswer(studio, text)
    await publishOpenDocument(studio, {what: `the FAQ ${FAQ_ID}`, matches: (doc) => doc._id === FAQ_ID || doc._id === `drafts.${FAQ_ID}`, saved: answerHas(text)})
    await liveBadge(studio, 'Not live: the last build failed').waitFor({timeout: SETTLE_MS})
    await liveBadge(studio, 'Not live: the last build failed').hover()
    await expect
      .poll(() => studio.page.getByText(/The build of .* failed: .*faq-broken \(faq\) does not fit the site: answer/).count(), {message: 'the badge gives the reason', timeout: SETTLE_MS})
      .toBeGreaterThan(0)
    const after = await (await fetch(`${serviceUrl}${faqPath}`)).text()
    expect(after).not.toContain(text)
    expect(after).toBe(before)
  })
})
