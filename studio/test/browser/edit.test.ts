import type {DatasetDocument} from '@cast/schemas/dataset'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

/** The stand-in's documents of a type whose field has this value, drafts included. */
function stored(type: string, field: string, value: unknown): DatasetDocument[] {
  return studio.lake.documents().filter((doc) => doc._type === type && doc[field] === value)
}

/**
 * Publishes the open document once the stand-in holds its draft as `saved` says and the Studio
 * says "Saved", as a person waits for it, then waits until the stand-in holds it published with
 * no draft left. Sanity refuses to publish while a validation of an earlier revision is pending,
 * with a "Validation errors" toast: that toast fails the test with its text.
 */
async function publish(type: string, field: string, value: unknown, saved: (draft: DatasetDocument) => boolean = () => true): Promise<DatasetDocument> {
  const button = studio.page.getByTestId('action-publish')
  await expect
    .poll(() => stored(type, field, value).some((doc) => doc._id.startsWith('drafts.') && saved(doc)), {message: `the stand-in holds the draft of the ${type} "${value}" with every edit`, timeout: 20_000})
    .toBe(true)
  const status = () => studio.page.getByTestId('pane-footer-document-status-pulse').textContent().catch(() => '')
  const confirmed = await expect
    .poll(status, {message: `the Studio says the ${type} "${value}" is saved`, timeout: 15_000})
    .toContain('Saved')
    .then(() => true, () => false)
  // The stand-in holds every edit (checked above), but now and then the Studio misses the
  // listener event that confirms one and stays "Saving..."; loading the document again reads it
  // back from the stand-in, as staff would by reloading.
  if (!confirmed) {
    console.warn(`The Studio still said "${await status()}" for the ${type} "${value}" that the stand-in holds: reloading the document`)
    await studio.page.reload()
    await studio.page.getByTestId('pane-header').first().waitFor()
  }
  await expect.poll(() => button.isEnabled(), {message: `Publish is enabled for the ${type} "${value}"`, timeout: 20_000}).toBe(true)
  await button.click()
  const refused = studio.page.getByText('Please fix the validation errors before publishing')
  await expect
    .poll(
      async () => {
        if (await refused.count()) throw new Error(`Publishing the ${type} "${value}" was refused: ${await studio.page.locator('body').innerText()}`)
        return stored(type, field, value).map((doc) => (doc._id.startsWith('drafts.') ? 'draft' : 'published'))
      },
      {message: `the stand-in holds the ${type} "${value}" published, with no draft`, timeout: 20_000},
    )
    .toEqual(['published'])
  return stored(type, field, value)[0]!
}

async function typeInto(field: string, text: string) {
  const input = studio.page.getByTestId(`field-${field}`).locator('input, textarea').first()
  await input.fill(text)
}

describe('staff save their work', () => {
  let categoryId = ''

  it('creates an FAQ category from its list and publishes it', async () => {
    await studio.open('/structure')
    await studio.page.getByTestId('pane-item-FAQ categories').click()
    await studio.page.getByTestId('action-intent-button').click()
    await studio.page.getByTestId('field-title').waitFor()
    await typeInto('title', 'Staying safe online')
    await studio.page.getByTestId('field-slug').getByRole('button', {name: 'Generate'}).click()
    await studio.screenshot('faq-category-form')
    const category = await publish('faqCategory', 'title', 'Staying safe online', (draft) => (draft.slug as {current?: string} | undefined)?.current === 'staying-safe-online')
    expect(category.slug).toMatchObject({current: 'staying-safe-online'})
    categoryId = category._id
    expect(studio.lake.unanswered).toEqual([])
  })

  it('edits the category and publishes the change', async () => {
    await studio.open(`/intent/edit/id=${categoryId};type=faqCategory`)
    await typeInto('title', 'Safety online')
    const category = await publish('faqCategory', 'title', 'Safety online')
    expect(category._id).toBe(categoryId)
    expect(stored('faqCategory', 'title', 'Staying safe online')).toEqual([])
    expect(studio.lake.unanswered).toEqual([])
  })

  it('creates a question inside a category, with the category filled in, and publishes it', async () => {
    const category = studio.lake.documents().find((doc) => doc._id === 'faqCategory-cast')
    expect(category, 'the dataset has the category "faqCategory-cast"').toMatchObject({title: 'About Cast'})
    await studio.open('/structure')
    await studio.page.getByTestId('pane-item-FAQ by category').click()
    await studio.page.getByText(String(category?.description)).click()
    const panes = studio.page.getByTestId('pane-header')
    await expect.poll(() => panes.count(), {message: 'the category opens its questions in a third pane', timeout: 20_000}).toBe(3)
    // The list's "new question" menu item is drawn as the pane's "+" button.
    await panes.nth(2).getByLabel('New question in this category').click()

    // The category is never touched here: the published question has it from the new-question template.
    await studio.page.getByTestId('field-question').waitFor({timeout: 20_000})
    await typeInto('question', 'Can I call at night?')
    await studio.page.getByTestId('field-slug').getByRole('button', {name: 'Generate'}).click()
    await studio.page.getByTestId('field-answer').locator('[contenteditable="true"]').first().click()
    await studio.page.keyboard.type('Yes, the hotline answers day and night.')
    // Publish waits for nothing typed to be pending: the draft holds the slug and the answer first.
    await expect
      .poll(() => stored('faq', 'question', 'Can I call at night?').map((doc) => [doc.slug, JSON.stringify(doc.answer ?? '').includes('day and night.')]), {timeout: 20_000})
      .toEqual([[expect.objectContaining({current: 'can-i-call-at-night'}), true]])
    const question = await publish('faq', 'question', 'Can I call at night?')
    expect(question).toMatchObject({category: {_ref: 'faqCategory-cast'}, slug: {current: 'can-i-call-at-night'}})
    expect(JSON.stringify(question.answer)).toContain('Yes, the hotline answers day and night.')
    expect(studio.lake.unanswered).toEqual([])
  })
})
