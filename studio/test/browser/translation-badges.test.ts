import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {datasetCopy} from '../support/dataset-copy'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession
let dataset: Awaited<ReturnType<typeof datasetCopy>> | undefined

beforeAll(async () => {
  // Cast's hotline was edited in English after its Spanish version was written.
  dataset = await datasetCopy((doc) => (doc._id === 'hotline-cast' ? {...doc, _updatedAt: '2026-11-20T17:00:00Z'} : doc))
  studio = await startStudio(inject('studioDist'), {datasetFile: dataset.file})
})
afterAll(async () => {
  await studio?.close()
  await dataset?.remove()
})

/** How often `text` shows in the open document's pane. */
const shown = (text: string) => studio.page.getByText(text, {exact: true}).count()

describe('badges of missing and out-of-date translations', () => {
  it('says an English report with no Spanish version has none, as a warning', async () => {
    await studio.open('/intent/edit/id=report-sample-policy-brief-2024;type=report')
    await expect.poll(() => shown('No Spanish version'), {message: 'the report shows “No Spanish version”', timeout: SETTLE_MS}).toBeGreaterThan(0)
    await studio.screenshot('badge-no-spanish')
    expect(await shown('English changed since this was translated')).toBe(0)
    expect(studio.lake.unanswered).toEqual([])
  })

  it('says a Spanish hotline older than its English original’s last change is out of date, and the original nothing', async () => {
    await studio.open('/intent/edit/id=hotline-cast-es;type=hotline')
    await expect
      .poll(() => shown('English changed since this was translated'), {message: 'the Spanish hotline shows “English changed since this was translated”', timeout: SETTLE_MS})
      .toBeGreaterThan(0)
    await studio.screenshot('badge-english-changed')
    await studio.open('/intent/edit/id=hotline-cast;type=hotline')
    await studio.page.getByTestId('field-name').waitFor({timeout: SETTLE_MS})
    // The Spanish line, newer than Cast's own: no badge about translations on either side.
    await studio.open('/intent/edit/id=hotline-nhth-es;type=hotline')
    await studio.page.getByTestId('field-name').waitFor({timeout: SETTLE_MS})
    expect(await shown('English changed since this was translated')).toBe(0)
    expect(await shown('No Spanish version')).toBe(0)
    expect(studio.lake.unanswered).toEqual([])
  })
})
