import type {DatasetDocument} from '@cast/schemas/dataset'
import {expect} from 'vitest'
import {SETTLE_MS, type StudioSession} from './studio-page'

/** Which document the open form edits, as the stand-in holds it: published or draft, found by `matches`. */
export interface Edited {
  /** For messages: `the faq "What is Cast?"`. */
  what: string
  matches: (doc: DatasetDocument) => boolean
  /** Whether the draft holds every edit made so far. */
  saved?: (draft: DatasetDocument) => boolean
}

/**
 * Publishes the open document once the stand-in holds its draft with every edit and the Studio
 * says "Saved", as a person waits for it, then waits until the stand-in holds it published with
 * no draft left. Sanity refuses to publish while a validation of an earlier revision is pending,
 * with a "Validation errors" toast: that toast fails the test with its text.
 */
export async function publishOpenDocument(studio: StudioSession, {what, matches, saved = () => true}: Edited): Promise<DatasetDocument> {
  const stored = () => studio.lake.documents().filter(matches)
  const button = studio.page.getByTestId('action-publish')
  await expect
    .poll(() => stored().some((doc) => doc._id.startsWith('drafts.') && saved(doc)), {message: `the stand-in holds the draft of ${what} with every edit`, timeout: SETTLE_MS})
    .toBe(true)
  const status = () => studio.page.getByTestId('pane-footer-document-status-pulse').textContent().catch(() => '')
  const confirmed = await expect
    .poll(status, {message: `the Studio says ${what} is saved`, timeout: 15_000})
    .toContain('Saved')
    .then(() => true, () => false)
  // The stand-in holds every edit (checked above), but now and then the Studio misses the
  // listener event that confirms one and stays "Saving..."; loading the document again reads it
  // back from the stand-in, as staff would by reloading.
  if (!confirmed) {
    console.warn(`The Studio still said "${await status()}" for ${what}, which the stand-in holds: reloading the document`)
    await studio.page.reload()
    await studio.page.getByTestId('pane-header').first().waitFor()
  }
  await expect.poll(() => button.isEnabled(), {message: `Publish is enabled for ${what}`, timeout: SETTLE_MS}).toBe(true)
  await button.click()
  const refused = studio.page.getByText('Please fix the validation errors before publishing')
  await expect
    .poll(
      async () => {
        if (await refused.count()) throw new Error(`Publishing ${what} was refused: ${await studio.page.locator('body').innerText()}`)
        return stored().map((doc) => (doc._id.startsWith('drafts.') ? 'draft' : 'published'))
      },
      {message: `the stand-in holds ${what} published, with no draft`, timeout: SETTLE_MS},
    )
    .toEqual(['published'])
  return stored()[0]!
}
