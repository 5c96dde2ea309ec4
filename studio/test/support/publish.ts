import type {DatasetDocument} from '@cast/schemas/dataset'
import type {StudioSession} from './studio-page'
import {until} from './until'

/** Which document the open form edits, as the stand-in holds it: published or draft, found by `matches`. */
export interface Edited {
  /** For messages: `the faq "What is Cast?"`. */
  what: string
  matches: (doc: DatasetDocument) => boolean
  /** Whether the draft holds every edit made so far. */
  saved?: (draft: DatasetDocument) => boolean
  /** Called as Publish is clicked, with `Date.now()` then (the publish-loop benchmark's start). */
  onPublish?: (at: number) => void
}

/**
 * Publishes the open document once the stand-in holds its draft with every edit and the Studio
 * says "Saved", as a person waits for it, then waits until the stand-in holds it published with
 * no draft left. Sanity refuses to publish while a validation of an earlier revision is pending,
 * with a "Validation errors" toast: that toast fails the test with its text.
 */
export async function publishOpenDocument(studio: StudioSession, {what, matches, saved = () => true, onPublish}: Edited): Promise<DatasetDocument> {
  const stored = () => studio.lake.documents().filter(matches)
  const button = studio.page.getByTestId('action-publish')
  await until(() => stored().some((doc) => doc._id.startsWith('drafts.') && saved(doc)), `the stand-in holds the draft of ${what} with every edit`)
  // "Saved" just after a save; "Edited …" once that has faded or the form was opened again; never
  // while "Saving…".
  const status = () => studio.page.getByTestId('pane-footer-document-status').textContent().catch(() => '')
  const settledStatus = (text: string | null) => !!text && !text.includes('Saving') && /Saved|Edited/.test(text)
  const confirmed = await until(async () => settledStatus(await status()), `the Studio says ${what} is saved`, 15_000).then(
    () => true,
    () => false,
  )
  // The stand-in holds every edit (checked above), but now and then the Studio misses the
  // listener event that confirms one and stays "Saving..."; loading the document again reads it
  // back from the stand-in, as staff would by reloading.
  if (!confirmed) {
    console.warn(`The Studio still said "${await status()}" for ${what}, which the stand-in holds: reloading the document`)
    await studio.page.reload()
    await studio.page.getByTestId('pane-header').first().waitFor()
  }
  await until(() => button.isEnabled(), `Publish is enabled for ${what}`)
  onPublish?.(Date.now())
  await button.click()
  const refused = studio.page.getByText('Please fix the validation errors before publishing')
  const held = () => stored().map((doc) => (doc._id.startsWith('drafts.') ? 'draft' : 'published'))
  await until(
    async () => {
      if (await refused.count()) throw new Error(`Publishing ${what} was refused: ${await studio.page.locator('body').innerText()}`)
      return held().join() === 'published'
    },
    () => `the stand-in holds ${what} published, with no draft (it holds: ${held().join(', ') || 'nothing'})`,
  )
  return stored()[0]!
}
