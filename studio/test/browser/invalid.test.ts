import type {DatasetDocument} from '@cast/schemas/dataset'
import {PAY_RANGE_REVERSED} from '@cast/schemas/objects/salary'
import {checkClosesAfterPosted} from '@cast/schemas/validation/dates'
import {checkHref} from '@cast/schemas/validation/href'
import {PHONE_FORMAT_HINT} from '@cast/schemas/validation/phone'
import type {Locator} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

/** The message a rule gives for a bad value, so the test follows the rule's wording. */
function messageOf(result: true | string): string {
  if (result === true) throw new Error('The rule accepted the value the test calls invalid: choose a value it refuses.')
  return result
}

/** The stand-in's published document and its draft, if any, by the published id. */
function stored(id: string): {published?: DatasetDocument; draft?: DatasetDocument} {
  const documents = studio.lake.documents()
  return {published: documents.find((doc) => doc._id === id), draft: documents.find((doc) => doc._id === `drafts.${id}`)}
}

/** A copy of the first published document of a type that has what the test needs, as it is before the test. */
function sample(type: string, fits: (doc: DatasetDocument) => boolean, what: string): DatasetDocument {
  const found = studio.lake.documents().find((doc) => doc._type === type && !doc._id.startsWith('drafts.') && fits(doc))
  if (!found) throw new Error(`The dataset has no published ${type} with ${what}: add one to studio/seed/production.ndjson.`)
  return structuredClone(found)
}

/**
 * The message is shown, Publish is disabled, and the bad value was saved to the draft only: the
 * draft proves it was really entered, the published document keeps its old value.
 */
async function expectRefused(id: string, message: string, inDraft: (draft?: DatasetDocument) => boolean) {
  await expect.poll(() => inDraft(stored(id).draft), {message: `the draft of ${id} holds the bad value`, timeout: SETTLE_MS}).toBe(true)
  await expect.poll(() => studio.page.getByText(message).count(), {message: `“${message}” is shown`, timeout: SETTLE_MS}).toBeGreaterThan(0)
  await expect.poll(() => studio.page.getByTestId('action-publish').isDisabled(), {message: 'Publish is disabled', timeout: SETTLE_MS}).toBe(true)
}

/**
 * Waits until the form shows the stored value of an input: filled before the document has loaded,
 * a value would be replaced by the stored one as the form catches up.
 */
async function loaded(input: Locator, what: string) {
  await expect.poll(() => input.inputValue(), {message: `the form shows the stored ${what}`, timeout: SETTLE_MS}).not.toBe('')
}

/** Once the value is put right, Publish is enabled: it was disabled by the rule, not by anything else. */
async function expectPublishableOnceFixed(id: string, fix: () => Promise<void>, inDraft: (draft?: DatasetDocument) => boolean) {
  await fix()
  await expect.poll(() => inDraft(stored(id).draft), {message: `the draft of ${id} holds the corrected value`, timeout: SETTLE_MS}).toBe(true)
  await expect.poll(() => studio.page.getByTestId('action-publish').isEnabled(), {message: 'Publish is enabled once the value is right', timeout: SETTLE_MS}).toBe(true)
}

describe('invalid input, as staff type it', () => {
  it('a hotline number that cannot be dialled shows how to write it, and Publish is disabled', async () => {
    const published = studio.lake.documents().find((doc) => doc._id === 'hotline-cast')
    expect(published, 'the dataset has the hotline "hotline-cast"').toBeDefined()
    await studio.open('/intent/edit/id=hotline-cast;type=hotline')
    const phone = studio.page.getByTestId('field-phone').locator('input')
    await loaded(phone, 'phone number')
    await phone.fill('123')
    await expect.poll(() => studio.page.getByText(PHONE_FORMAT_HINT).count(), {message: 'the phone hint is shown', timeout: SETTLE_MS}).toBeGreaterThan(0)
    await expect.poll(() => studio.page.getByTestId('action-publish').isDisabled(), {message: 'Publish is disabled', timeout: SETTLE_MS}).toBe(true)
    await studio.screenshot('invalid-phone')
    expect(studio.lake.documents().find((doc) => doc._id === 'hotline-cast')?.phone).toBe(published?.phone)
    expect(studio.lake.unanswered).toEqual([])
  })

  it('a pay range whose top is lower than its bottom is refused, and Publish is disabled until it is put right', async () => {
    const job = sample('jobOpening', (doc) => typeof (doc.salary as {min?: unknown} | undefined)?.min === 'number', 'a pay range')
    const salary = job.salary as {min: number; max: number}
    await studio.open(`/intent/edit/id=${job._id};type=jobOpening`)
    await studio.page.getByTestId('group-tab-terms').click()
    await loaded(studio.page.getByTestId('field-salary.max').locator('input'), 'top of the pay range')
    await studio.page.getByTestId('field-salary.max').locator('input').fill(String(salary.min - 1))
    await expectRefused(job._id, PAY_RANGE_REVERSED, (draft) => (draft?.salary as {max?: unknown} | undefined)?.max === salary.min - 1)
    expect(stored(job._id).published?.salary).toEqual(job.salary)
    await expectPublishableOnceFixed(
      job._id,
      () => studio.page.getByTestId('field-salary.max').locator('input').fill(String(salary.max)),
      (draft) => (draft?.salary as {max?: unknown} | undefined)?.max === salary.max,
    )
    expect(studio.lake.unanswered).toEqual([])
  })

  it('a closing date before the posting date is refused, and Publish is disabled until it is put right', async () => {
    const job = sample('jobOpening', (doc) => typeof doc.postedAt === 'string' && typeof doc.closesAt === 'string', 'a posting and a closing date')
    const postedAt = String(job.postedAt)
    // The day before the posting date, written as the date input shows it (YYYY-MM-DD).
    const closesAt = new Date(Date.parse(`${postedAt}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    await studio.open(`/intent/edit/id=${job._id};type=jobOpening`)
    await studio.page.getByTestId('group-tab-terms').click()
    const input = studio.page.getByTestId('field-closesAt').locator('input').first()
    await loaded(input, 'closing date')
    await input.fill(closesAt)
    await input.press('Tab')
    await expectRefused(job._id, messageOf(checkClosesAfterPosted(closesAt, postedAt)), (draft) => draft?.closesAt === closesAt)
    expect(stored(job._id).published?.closesAt).toBe(job.closesAt)
    await expectPublishableOnceFixed(
      job._id,
      async () => {
        await input.fill(String(job.closesAt))
        await input.press('Tab')
      },
      (draft) => draft?.closesAt === job.closesAt,
    )
    expect(studio.lake.unanswered).toEqual([])
  })

  it('a javascript: link in rich text is refused, and Publish is disabled until it is put right', async () => {
    const href = 'javascript:alert(1)'
    const question = sample('faq', (doc) => Array.isArray(doc.answer) && doc.answer.length > 0, 'an answer')
    await studio.open(`/intent/edit/id=${question._id};type=faq`)
    // The first word of the answer is selected, ready for a link.
    await studio.page.getByTestId('field-answer').locator('[contenteditable="true"]').first().click()
    await studio.page.keyboard.press('Control+Home')
    await studio.page.keyboard.press('Control+Shift+ArrowRight')
    await studio.page.getByTestId('field-answer').getByRole('button', {name: 'Link'}).click()
    const address = studio.page.locator('[data-testid^="field-answer"][data-testid$=".href"]').locator('input')
    await address.fill(href)
    await expectRefused(question._id, messageOf(checkHref(href)), (draft) => JSON.stringify(draft?.answer ?? []).includes(href))
    expect(JSON.stringify(stored(question._id).published)).not.toContain('javascript:')
    expect(stored(question._id).published?.answer).toEqual(question.answer)
    await expectPublishableOnceFixed(question._id, () => address.fill('https://castla.org/'), (draft) => {
      const answer = JSON.stringify(draft?.answer ?? [])
      return answer.includes('https://castla.org/') && !answer.includes(href)
    })
    expect(studio.lake.unanswered).toEqual([])
  })
})
