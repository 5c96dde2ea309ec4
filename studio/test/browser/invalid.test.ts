import {PHONE_FORMAT_HINT} from '@cast/schemas/validation/phone'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

describe('invalid input, as staff type it', () => {
  it('a hotline number that cannot be dialled shows how to write it, and Publish is disabled', async () => {
    const published = studio.lake.documents().find((doc) => doc._id === 'hotline-cast')
    expect(published, 'the dataset has the hotline "hotline-cast"').toBeDefined()
    await studio.open('/intent/edit/id=hotline-cast;type=hotline')
    await studio.page.getByTestId('field-phone').locator('input').fill('123')
    await expect.poll(() => studio.page.getByText(PHONE_FORMAT_HINT).count(), {message: 'the phone hint is shown', timeout: 20_000}).toBeGreaterThan(0)
    await expect.poll(() => studio.page.getByTestId('action-publish').isDisabled(), {message: 'Publish is disabled', timeout: 20_000}).toBe(true)
    expect(studio.lake.documents().find((doc) => doc._id === 'hotline-cast')?.phone).toBe(published?.phone)
    expect(studio.lake.unanswered).toEqual([])
  })
})
