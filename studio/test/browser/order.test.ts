import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

let studio: StudioSession

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
})
afterAll(() => studio?.close())

/** The published hotline ids, in the order of the ranks the stand-in holds. */
function hotlinesByRank(): string[] {
  return studio.lake
    .documents()
    .filter((doc) => doc._type === 'hotline' && !doc._id.includes('.') && doc.emergency !== true)
    .sort((a, b) => String(a.orderRank).localeCompare(String(b.orderRank)))
    .map((doc) => doc._id)
}

describe('hotlines, put in order by staff', () => {
  it('moves a hotline up by dragging it, and stores the rank that puts it there', async () => {
    expect(hotlinesByRank().slice(0, 2)).toEqual(['hotline-cast', 'hotline-nhth'])
    await studio.open('/structure/hotlines')
    const row = (name: string) => studio.page.locator('[data-ui="PaneItem"]', {hasText: name}).first()
    await row('National Human Trafficking Hotline').waitFor({timeout: SETTLE_MS})
    await studio.screenshot('order-hotlines')

    // Dragged the way a mouse does it: press, move past the drag threshold in steps, release.
    const from = (await row('National Human Trafficking Hotline').boundingBox())!
    const to = (await row('Cast Human Trafficking Hotline').boundingBox())!
    const mouse = studio.page.mouse
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await mouse.down()
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, {steps: 5})
    await mouse.move(to.x + to.width / 2, to.y + 2, {steps: 20})
    await mouse.up()

    await expect
      .poll(() => hotlinesByRank().slice(0, 2), {message: 'the stand-in ranks the national hotline before Cast’s', timeout: SETTLE_MS})
      .toEqual(['hotline-nhth', 'hotline-cast'])
    // Only the moved hotline changed: the others keep their ranks and their order.
    expect(hotlinesByRank().slice(2)).toEqual(['hotline-domestic-violence', 'hotline-sexual-assault', 'hotline-teen-dating', 'hotline-runaway'])
    expect(studio.lake.unanswered).toEqual([])
  })
})
