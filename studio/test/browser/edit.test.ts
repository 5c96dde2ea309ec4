import type {DatasetDocument} from '@cast/schemas/dataset'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {publishOpenDocument} from '../support/publish'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

/** The stand-in's documents of a type whose field has this value, drafts included. */
function stored(type: string, field: string, value: unknown): DatasetDocument[] {
  return studio.lake.documents().filter((doc) => doc._type === type && doc[field] === value)
}

/** Publishes the open document of `type` whose `field` has `value` (see `publishOpenDocument`). */
function publish(type: string, field: string, value: unknown, saved?: (draft: DatasetDocument) => boolean): Promise<DatasetDocument> {
  return publishOpenDocument(studio, {what: `the ${type} "${value}"`, matches: (doc) => doc._type === type && doc[field] === value, ...(saved ? {saved} : {})})
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
    await studio.page.getByTestId('pane-item-English').click()
    await studio.page.getByTestId('action-intent-button').click()
    await studio.page.getByTestId('field-title').waitFor()
    await typeInto('title', 'Staying safe online')
    await studio.page.getByTestId('field-slug').getByRole('button', {name: 'Generate'}).click()
    await studio.screenshot('faq-category-form')
    const category = await publish('faqCategory', 'title', 'Staying safe online', (draft) => (draft.slug as {current?: string} | undefined)?.current === 'staying-safe-online')
    // Made in the language of the list it was created from.
    expect(category).toMatchObject({slug: {current: 'staying-safe-online'}, language: 'en'})
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
    await studio.page.getByTestId('pane-item-English').click()
    await studio.page.getByText(String(category?.description)).click()
    const panes = studio.page.getByTestId('pane-header')
    await expect.poll(() => panes.count(), {message: 'the category opens its questions in a fourth pane', timeout: SETTLE_MS}).toBe(4)
    // The list's "new question" menu item is drawn as the pane's "+" button.
    await panes.nth(3).getByLabel('New question in this category').click()

    // The category is never touched here: the published question has it from the new-question template.
    await studio.page.getByTestId('field-question').waitFor({timeout: SETTLE_MS})
    await typeInto('question', 'Can I call at night?')
    await studio.page.getByTestId('field-slug').getByRole('button', {name: 'Generate'}).click()
    await studio.page.getByTestId('field-answer').locator('[contenteditable="true"]').first().click()
    await studio.page.keyboard.type('Yes, the hotline answers day and night.')
    // Publish waits for nothing typed to be pending: the draft holds the slug and the answer first.
    await expect
      .poll(() => stored('faq', 'question', 'Can I call at night?').map((doc) => [doc.slug, JSON.stringify(doc.answer ?? '').includes('day and night.')]), {timeout: SETTLE_MS})
      .toEqual([[expect.objectContaining({current: 'can-i-call-at-night'}), true]])
    const question = await publish('faq', 'question', 'Can I call at night?')
    expect(question).toMatchObject({category: {_ref: 'faqCategory-cast'}, slug: {current: 'can-i-call-at-night'}, language: 'en'})
    expect(JSON.stringify(question.answer)).toContain('Yes, the hotline answers day and night.')
    expect(studio.lake.unanswered).toEqual([])
  })
})
