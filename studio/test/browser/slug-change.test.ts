import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {startStudio, type StudioSession} from '../support/studio-page'

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
    await expect.poll(() => button.isEnabled(), {message: 'Publish is enabled after the change', timeout: 20_000}).toBe(true)
    await button.click()
    await expect
      .poll(() => studio.lake.documents().filter((doc) => doc._id.endsWith('faq-what-is-cast')).map((doc) => [doc._id, doc.slug, doc.previousSlugs]), {
        message: 'the stand-in holds the question published with its new address and the old one kept, and no draft',
        timeout: 20_000,
      })
      .toEqual([['faq-what-is-cast', {_type: 'slug', current: 'about-cast'}, ['what-is-cast']]])
    await expect
      .poll(() => studio.page.getByTestId('field-previousSlugs').locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)), {
        message: 'the form shows the earlier address',
        timeout: 20_000,
      })
      .toEqual(['what-is-cast'])
    expect(studio.lake.unanswered).toEqual([])
  })
})
