import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

/** The published hotline ids of `language`, in the order of the ranks the stand-in holds. */
function hotlinesByRank(language: string): string[] {
  return studio.lake
    .documents()
    .filter((doc) => doc._type === 'hotline' && doc.language === language && !doc._id.includes('.') && doc.emergency !== true)
    .sort((a, b) => String(a.orderRank).localeCompare(String(b.orderRank)))
    .map((doc) => doc._id)
}

/** Drags the row `name` above the row `above`, the way a mouse does it: press, move past the drag threshold in steps, release. */
async function dragAbove(name: string, above: string) {
  const row = (text: string) => studio.page.locator('[data-ui="PaneItem"]', {hasText: text}).first()
  await row(name).waitFor({timeout: SETTLE_MS})
  const from = (await row(name).boundingBox())!
  const to = (await row(above).boundingBox())!
  const mouse = studio.page.mouse
  await mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await mouse.down()
  await mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, {steps: 5})
  await mouse.move(to.x + to.width / 2, to.y + 2, {steps: 20})
  await mouse.up()
}

const REST = ['domestic-violence', 'sexual-assault', 'teen-dating', 'runaway'].map((name) => `hotline-${name}`)
const spanish = (ids: string[]) => ids.map((id) => `${id}-es`)

describe('hotlines, put in order by staff, each language on its own', () => {
  it('moves a hotline up by dragging it, and stores the rank that puts it there', async () => {
    expect(hotlinesByRank('en').slice(0, 2)).toEqual(['hotline-cast', 'hotline-nhth'])
    await studio.open('/structure/hotlines;hotlines-en')
    await studio.page.locator('[data-ui="PaneItem"]', {hasText: 'National Human Trafficking Hotline'}).first().waitFor({timeout: SETTLE_MS})
    await studio.screenshot('order-hotlines')
    await dragAbove('National Human Trafficking Hotline', 'Cast Human Trafficking Hotline')

    await expect
      .poll(() => hotlinesByRank('en').slice(0, 2), {message: 'the stand-in ranks the national hotline before Cast’s', timeout: SETTLE_MS})
      .toEqual(['hotline-nhth', 'hotline-cast'])
    // Only the moved hotline changed: the others keep their ranks and their order, Spanish ones included.
    expect(hotlinesByRank('en').slice(2)).toEqual(REST)
    expect(hotlinesByRank('es')).toEqual(spanish(['hotline-cast', 'hotline-nhth', ...REST]))
    expect(studio.lake.unanswered).toEqual([])
  })

  it('orders Spanish hotlines in their own list, leaving the English order alone', async () => {
    const english = hotlinesByRank('en')
    await studio.open('/structure/hotlines;hotlines-es')
    // The Spanish list shows Spanish hotlines only.
    await studio.page.locator('[data-ui="PaneItem"]', {hasText: 'Línea Nacional contra la Trata de Personas'}).first().waitFor({timeout: SETTLE_MS})
    expect(await studio.page.locator('[data-ui="PaneItem"]', {hasText: 'National Human Trafficking Hotline'}).count()).toBe(0)
    await dragAbove('Línea Nacional contra la Violencia Doméstica', 'Línea de Cast contra la Trata de Personas')

    await expect
      .poll(() => hotlinesByRank('es').slice(0, 3), {message: 'the stand-in ranks the Spanish domestic violence line first', timeout: SETTLE_MS})
      .toEqual(spanish(['hotline-domestic-violence', 'hotline-cast', 'hotline-nhth']))
    expect(hotlinesByRank('en')).toEqual(english)
    expect(studio.lake.unanswered).toEqual([])
  })
})
