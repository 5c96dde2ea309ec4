import {SITE_SETTINGS_ID} from '@cast/schemas'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {startStudio, type StudioSession} from '../support/studio-page'

let administrator: StudioSession
let editor: StudioSession

beforeAll(async () => {
  administrator = await startStudio(inject('studioDist'))
  editor = await startStudio(inject('studioDist'), {user: {id: 'p-editor', name: 'Editor', email: 'editor@example.org', roles: ['editor']}})
})
afterAll(async () => {
  await administrator?.close()
  await editor?.close()
})

/** The titles in the open document's actions menu (the "…" beside Publish), without their shortcuts. */
async function documentMenu(studio: StudioSession): Promise<string[]> {
  // The footer is drawn with Publish first; with no other action left the menu is not drawn.
  await studio.page.getByTestId('action-publish').waitFor()
  const menu = studio.page.getByTestId('action-menu-button')
  if ((await menu.count()) === 0) return []
  await menu.click()
  const items = studio.page.getByRole('menuitem')
  await items.first().waitFor()
  const titles = (await items.allTextContents()).map((title) => title.replace(/Ctrl.*$/, '').trim())
  await studio.page.keyboard.press('Escape')
  return titles
}

describe('site settings', () => {
  it('offer no Delete and no Duplicate, where other documents do', async () => {
    await administrator.open('/intent/edit/id=hotline-cast;type=hotline')
    expect(await documentMenu(administrator)).toEqual(expect.arrayContaining(['Delete', 'Duplicate']))
    await administrator.open(`/intent/edit/id=${SITE_SETTINGS_ID};type=siteSettings`)
    const settings = await documentMenu(administrator)
    expect(settings).not.toContain('Delete')
    expect(settings).not.toContain('Duplicate')
    expect(administrator.lake.unanswered).toEqual([])
  })
})

describe('Vision, the query tool', () => {
  it('is in the navbar for administrators', async () => {
    await administrator.open('/structure')
    await expect.poll(() => administrator.page.getByRole('link', {name: 'Vision'}).count(), {timeout: 20_000}).toBeGreaterThan(0)
  })

  it('is not offered to editors, not even by its address', async () => {
    await editor.open('/structure')
    expect(await editor.page.getByRole('link', {name: 'Structure'}).count()).toBeGreaterThan(0)
    expect(await editor.page.getByRole('link', {name: 'Vision'}).count()).toBe(0)
    await editor.page.goto(editor.page.url().replace(/\/structure.*$/, '/vision'))
    await editor.page.getByText('Tool not found').waitFor()
    expect(await editor.page.getByTestId('vision-root').count()).toBe(0)
    expect(editor.lake.unanswered).toEqual([])
  })
})
