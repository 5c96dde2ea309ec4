import {SITE_SETTINGS_ID} from '@cast/schemas'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'

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
  // The footer is drawn with Publish first and the menu a moment later; with no other action
  // left the menu is not drawn at all, which only waiting a while tells apart.
  await studio.page.getByTestId('action-publish').waitFor()
  const menu = studio.page.getByTestId('action-menu-button')
  const drawn = await menu.waitFor({timeout: 10_000}).then(() => true, () => false)
  if (!drawn) return []
  await menu.click()
  const items = studio.page.getByRole('menuitem')
  await items.first().waitFor()
  const titles = (await items.allTextContents()).map((title) => title.replace(/Ctrl.*$/, '').trim())
  await studio.page.keyboard.press('Escape')
  return titles
}

/**
 * Presses Delete's shortcut in the open document's form, where staff would press it, once the
 * document's actions are ready: a shortcut pressed while they load does nothing for any document.
 * An edit makes Publish enabled, which it is only once permissions and the document have loaded.
 */
async function pressDeleteShortcutWhenReady(studio: StudioSession) {
  const input = studio.page.locator('[data-testid^="field-"] input').first()
  await input.click()
  await input.press('End')
  await input.pressSequentially(' (edited)')
  await expect.poll(() => studio.page.getByTestId('action-publish').isEnabled(), {message: 'Publish is enabled after an edit', timeout: SETTLE_MS}).toBe(true)
  await input.press('Control+Alt+d')
}

describe('site settings', () => {
  it('offer no Delete and no Duplicate, where other documents do', async () => {
    await administrator.open('/intent/edit/id=hotline-cast;type=hotline')
    expect(await documentMenu(administrator)).toEqual(expect.arrayContaining(['Delete', 'Duplicate']))
    await administrator.open(`/intent/edit/id=${SITE_SETTINGS_ID};type=siteSettings`)
    const settings = await documentMenu(administrator)
    await administrator.screenshot('site-settings', administrator.page.locator('[data-testid^="field-"]').first())
    expect(settings).not.toContain('Delete')
    expect(settings).not.toContain('Duplicate')
    expect(administrator.lake.unanswered).toEqual([])
  })

  // Delete is also bound to Ctrl+Alt+D in the document pane; Duplicate has no shortcut, and the
  // Studio has no command palette (Ctrl+K searches documents only).
  it('are not deleted by the Delete shortcut, which other documents answer', async () => {
    const deletion = administrator.page.locator('[role="dialog"][id^="deletion-confirmation"]')
    await administrator.open('/intent/edit/id=hotline-cast;type=hotline')
    await pressDeleteShortcutWhenReady(administrator)
    await expect.poll(() => deletion.count(), {message: 'Ctrl+Alt+D asks to delete the hotline', timeout: SETTLE_MS}).toBe(1)
    await administrator.page.keyboard.press('Escape')
    await expect.poll(() => deletion.count(), {message: 'the delete dialog closes', timeout: SETTLE_MS}).toBe(0)

    await administrator.open(`/intent/edit/id=${SITE_SETTINGS_ID};type=siteSettings`)
    await pressDeleteShortcutWhenReady(administrator)
    // Inspect's shortcut, pressed next, opens its dialog once the keys before it are handled.
    await administrator.page.keyboard.press('Control+Alt+i')
    await administrator.page.getByRole('dialog').first().waitFor({timeout: SETTLE_MS})
    expect(await deletion.count()).toBe(0)
    const ids = administrator.lake.documents().map((doc) => doc._id)
    expect(ids).toEqual(expect.arrayContaining([SITE_SETTINGS_ID, `drafts.${SITE_SETTINGS_ID}`, 'hotline-cast']))
    expect(administrator.lake.unanswered).toEqual([])
  })
})

describe('Vision, the query tool', () => {
  it('is in the navbar for administrators', async () => {
    await administrator.open('/structure')
    await expect.poll(() => administrator.page.getByRole('link', {name: 'Vision'}).count(), {timeout: SETTLE_MS}).toBeGreaterThan(0)
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
