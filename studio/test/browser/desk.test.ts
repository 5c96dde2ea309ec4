import {schemaTypes} from '@cast/schemas'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {STUDIO_ONLY_TYPES} from '@cast/schemas/rules/rebuild-request'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

const documentTypes = schemaTypes.filter((type) => type.type === 'document')

describe('the desk, as staff open it', () => {
  it('opens every list of the root pane in a pane of its own', async () => {
    await studio.open('/structure')
    const items = studio.page.locator('[data-testid^="pane-item-"]')
    const titles = (await items.allTextContents()).map((title) => title.trim())
    expect(titles.length).toBeGreaterThan(3)
    await studio.screenshot('desk')
    for (const title of titles) {
      await studio.page.getByTestId(`pane-item-${title}`).click()
      const panes = studio.page.getByTestId('pane-header')
      await expect.poll(() => panes.count(), {message: `clicking "${title}" opens a second pane`, timeout: SETTLE_MS}).toBe(2)
      await expect.poll(() => panes.nth(1).textContent(), {message: `the pane "${title}" opens`, timeout: SETTLE_MS}).toBeTruthy()
      if (title === 'FAQ by category') {
        // Each list opens by language first.
        await studio.page.getByTestId('pane-item-English').click()
        await studio.screenshot('faq-by-category', studio.page.getByText('Getting help', {exact: true}).first())
      }
    }
    expect(studio.lake.unanswered).toEqual([])
  })

  it('opens the site settings of each language, from the desk and from an edit link', async () => {
    const description = () => studio.page.getByTestId('field-description').locator('textarea').first().inputValue()
    await studio.open('/structure/site-settings;siteSettings-es')
    await expect.poll(description, {message: 'the Spanish settings open', timeout: SETTLE_MS}).toMatch(/^Cast apoya/)
    await studio.open('/intent/edit/id=siteSettings;type=siteSettings')
    await expect.poll(description, {message: 'the English settings open', timeout: SETTLE_MS}).toMatch(/^Cast supports/)
    await studio.open('/intent/edit/id=siteSettings-es;type=siteSettings')
    await expect.poll(() => studio.page.url(), {message: 'the Spanish settings open in the desk', timeout: SETTLE_MS}).toContain('site-settings;siteSettings-es')
    expect(studio.lake.unanswered).toEqual([])
  })

  it.each(documentTypes.map((type) => [type.name, type] as const))('opens a %s form from its intent URL, with its fields', async (name, type) => {
    // A type the Studio writes for itself is opened at its one id, written or not yet.
    const id = STUDIO_ONLY_TYPES.get(name) ?? studio.lake.documents().find((doc) => doc._type === name && !doc._id.includes('.'))?._id
    expect(id, `the dataset has a published ${name}`).toBeDefined()
    await studio.open(`/intent/edit/id=${id};type=${name}`)
    const fields = (type as {fields?: Array<{name: string; title?: string; hidden?: unknown; group?: unknown}>}).fields ?? []
    const shown = fields.filter((field) => !field.hidden && field.title)
    expect(shown.length, `${name} has titled fields`).toBeGreaterThan(0)
    const first = shown[0]!
    await expect
      .poll(() => studio.page.getByTestId(`field-${first.name}`).count(), {message: `the ${name} form shows the field "${first.name}"`, timeout: SETTLE_MS})
      .toBeGreaterThan(0)
    expect(studio.lake.unanswered).toEqual([])
  })
})
