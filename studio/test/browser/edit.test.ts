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

/** Publishes the open document and waits until the stand-in holds it published, with no draft left. */
async function publish(type: string, field: string, value: unknown): Promise<DatasetDocument> {
  const button = studio.page.getByTestId('action-publish')
  await expect.poll(() => button.isEnabled(), {message: `Publish is enabled for the ${type} "${value}"`, timeout: 20_000}).toBe(true)
  await button.click()
  await expect
    .poll(() => stored(type, field, value).map((doc) => doc._id.startsWith('drafts.') ? 'draft' : 'published'), {
      message: `the stand-in holds the ${type} "${value}" published, with no draft`,
      timeout: 20_000,
    })
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
    const category = await publish('faqCategory', 'title', 'Staying safe online')
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
})
