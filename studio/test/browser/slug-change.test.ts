import {GENERATE_HINT} from '@cast/schemas/fields/slug'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

const published = (id: string) => studio.lake.documents().find((doc) => doc._id === id)

describe('a published question gets a new web address', () => {
  it('keeps the old address on the document when the new one is published', async () => {
    expect(published('faq-what-is-cast')).toMatchObject({slug: {current: 'what-is-cast'}})
    await studio.open('/intent/edit/id=faq-what-is-cast;type=faq')
    const slug = studio.page.getByTestId('field-slug').locator('input').first()
    await slug.waitFor()
    await slug.fill('about-cast')
    const button = studio.page.getByTestId('action-publish')
    await expect.poll(() => button.isEnabled(), {message: 'Publish is enabled after the change', timeout: SETTLE_MS}).toBe(true)
    await button.click()
    await expect
      .poll(() => studio.lake.documents().filter((doc) => doc._id.endsWith('faq-what-is-cast')).map((doc) => [doc._id, doc.slug, doc.previousSlugs]), {
        message: 'the stand-in holds the question published with its new address and the old one kept, and no draft',
        timeout: SETTLE_MS,
      })
      .toEqual([['faq-what-is-cast', {_type: 'slug', current: 'about-cast'}, ['what-is-cast']]])
    await expect
      .poll(() => studio.page.getByTestId('field-previousSlugs').locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)), {
        message: 'the form shows the earlier address',
        timeout: SETTLE_MS,
      })
      .toEqual(['what-is-cast'])
    await studio.screenshot('earlier-addresses')
    expect(studio.lake.unanswered).toEqual([])
  })

  it('says only how to fill an emptied web address in, without Sanity’s own “Required”', async () => {
    await studio.open('/intent/edit/id=faq-what-is-human-trafficking;type=faq')
    const field = studio.page.getByTestId('field-slug')
    const slug = field.locator('input').first()
    await slug.waitFor()
    await slug.fill('')
    await expect.poll(() => studio.page.getByTestId('action-publish').isDisabled(), {message: 'Publish is disabled', timeout: SETTLE_MS}).toBe(true)
    // The document's validation panel lists every message, those of inner fields included.
    await studio.page.getByRole('button', {name: 'Validation', exact: true}).click()
    await expect.poll(() => studio.page.getByText(GENERATE_HINT).count(), {message: 'the validation panel says how to fill the web address in', timeout: SETTLE_MS}).toBeGreaterThan(0)
    // Sanity's own check of the slug's inner `current` would add a bare “Required” beside it.
    expect(await studio.page.getByText('Required', {exact: true}).count(), 'a bare “Required” is on the page').toBe(0)
    expect(studio.lake.unanswered).toEqual([])
  })
})
