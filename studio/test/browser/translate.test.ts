import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {seed} from '../helpers'
import {datasetCopy} from '../support/dataset-copy'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'
import {until} from '../support/until'

const REPORT = 'report-sample-policy-brief-2024'

let studio: StudioSession
let dataset: Awaited<ReturnType<typeof datasetCopy>> | undefined

beforeAll(async () => {
  // The report has had an earlier address, which its translation must not inherit.
  dataset = await datasetCopy((doc) => (doc._id === REPORT ? {...doc, previousSlugs: ['old-policy-brief']} : doc))
  studio = await startStudio(inject('studioDist'), {datasetFile: dataset.file})
})
afterAll(async () => {
  await studio?.close()
  await dataset?.remove()
})

describe('translating a document', () => {
  it('makes a Spanish draft from the English report and links the two in a translation group', async () => {
    await studio.open(`/intent/edit/id=${REPORT};type=report`)
    // The menu's options wait for the report and its (missing) group to load, and the menu may
    // close as the pane redraws meanwhile: open it again, once it has had time to draw, until
    // Spanish can be chosen.
    const translations = studio.page.getByRole('button', {name: 'Translations'})
    const spanish = studio.page.getByRole('button', {name: /Spanish/})
    let openedAt = 0
    await until(async () => {
      if (await spanish.isVisible()) {
        if (!(await spanish.isEnabled())) return false
        // A menu redrawn under the pointer is clicked again on the next round; `until` names the wait that failed.
        return spanish.click({timeout: 3_000}).then(
          () => true,
          (error: unknown) => {
            if (error instanceof Error && error.name === 'TimeoutError') return false
            throw error
          },
        )
      }
      if (Date.now() - openedAt > 2_000 && (await translations.isEnabled())) {
        await translations.click()
        openedAt = Date.now()
      }
      return false
    }, 'Spanish can be chosen in the Translations menu')

    const drafts = () => studio.lake.documents().filter((doc) => doc._type === 'report' && doc.language === 'es' && doc._id.startsWith('drafts.'))
    await expect.poll(() => drafts().length, {message: 'a Spanish draft of the report is stored', timeout: SETTLE_MS}).toBe(1)
    const [draft] = drafts()
    const english = seed.find((doc) => doc._id === REPORT)
    expect(draft).toMatchObject({title: english?.title, slug: english?.slug})
    expect(draft?.previousSlugs).toBeUndefined()

    const translationId = draft?._id.replace(/^drafts\./, '')
    const groups = studio.lake.documents().filter((doc) => doc._type === 'translation.metadata' && JSON.stringify(doc.translations).includes(REPORT))
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({
      schemaTypes: ['report'],
      translations: [
        {language: 'en', value: {_ref: REPORT, _weak: true}},
        {language: 'es', value: {_ref: translationId, _weak: true}},
      ],
    })
    expect(studio.lake.unanswered).toEqual([])
  })
})
