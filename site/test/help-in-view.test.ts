import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {guardedContext, NEUTRAL, siteInBrowser} from './support/browser-pages'
import {PAGE_TYPES} from './support/page-types'

/** Phones, a tablet and a laptop; 812 px tall as an iPhone's screen. */
const WIDTHS = [320, 375, 390, 768, 1280]
const HEIGHT = 812
/** More presses than any page has things to focus: the walk stops at the page's end. */
const MAX_TABS = 150

const served = siteInBrowser()

/**
 * What the quick exit covers: the focused element, or every visible link, button, form field and
 * heading on screen. Covered: their boxes overlap and, where they do, the exit is what the screen
 * shows (the skip link, drawn above it, is not covered by it).
 */
const covered = (page: Page, what: 'focus' | 'screen') =>
  page.evaluate((what) => {
    const link = document.querySelector('[data-quick-exit-link]')!
    const exit = link.getBoundingClientRect()
    const covers = (element: Element) => {
      const box = element.getBoundingClientRect()
      const [left, right] = [Math.max(box.left, exit.left), Math.min(box.right, exit.right)]
      const [top, bottom] = [Math.max(box.top, exit.top), Math.min(box.bottom, exit.bottom)]
      if (right - left < 1 || bottom - top < 1) return false
      return link.contains(document.elementFromPoint((left + right) / 2, (top + bottom) / 2))
    }
    const candidates =
      what === 'focus'
        ? [document.activeElement].filter((element) => element !== null && element !== document.body)
        : [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"], h1, h2, h3, h4, h5, h6')].filter((element) => element.checkVisibility({visibilityProperty: true}))
    const focused = document.activeElement === document.body ? 'BODY' : (document.activeElement?.outerHTML.slice(0, 100) ?? null)
    return {focused, covered: candidates.filter((element) => !element!.closest('.quick-exit') && covers(element!)).map((element) => element!.outerHTML.slice(0, 100))}
  }, what)

describe('nothing covers help', () => {
  it.each(WIDTHS)('at %i px wide the quick exit covers nothing when a page opens', async (width) => {
    const {ctx} = await guardedContext(served.browser, {viewport: {width, height: HEIGHT}})
    const page = await ctx.newPage()
    const problems: string[] = []
    for (const path of PAGE_TYPES) {
      await page.goto(`${served.server.url}${path}`)
      for (const element of (await covered(page, 'screen')).covered) problems.push(`${path}: ${element}`)
    }
    expect(problems).toEqual([])
    await ctx.close()
  })

  it.each(WIDTHS)('at %i px wide the quick exit never covers the element that has keyboard focus', async (width) => {
    const {ctx} = await guardedContext(served.browser, {viewport: {width, height: HEIGHT}})
    const page = await ctx.newPage()
    const problems: string[] = []
    for (const path of PAGE_TYPES) {
      await page.goto(`${served.server.url}${path}`)
      const seen = new Set<string>()
      for (let press = 0; press < MAX_TABS; press++) {
        await page.keyboard.press('Tab')
        const focus = await covered(page, 'focus')
        if (focus.focused === null || focus.focused === 'BODY' || seen.has(focus.focused)) break
        seen.add(focus.focused)
        for (const element of focus.covered) problems.push(`${path}: ${element}`)
      }
      expect(seen.size, `${path}: tabbing reached something`).toBeGreaterThan(3)
    }
    expect(problems).toEqual([])
    await ctx.close()
  })
})

describe('the quick exit, as GOV.UK has it', () => {
  it('blanks the page at once, before the neutral site loads', async () => {
    const {ctx} = await guardedContext(served.browser)
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/get-help/`)
    // Record what the page shows the moment the quick exit marks it as leaving, in storage that
    // outlives the page (a console message sent as the page unloads may never arrive).
    await page.evaluate(() => {
      new MutationObserver(() => localStorage.setItem('seen', getComputedStyle(document.body).visibility)).observe(document.documentElement, {attributeFilter: ['class']})
    })
    await page.getByRole('link', {name: /Quick exit/}).click()
    await page.waitForURL(NEUTRAL)
    await page.goto(`${served.server.url}/get-help/`)
    const visibility = await page.evaluate(() => localStorage.getItem('seen'))
    expect(visibility).toBe('hidden')
    await ctx.close()
  })

  it('shows the page again when Back brings it out of the back/forward cache (pageshow)', async () => {
    const {ctx} = await guardedContext(served.browser)
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/get-help/`)
    const visibility = () => page.evaluate(() => getComputedStyle(document.body).visibility)
    // The page as the quick exit left it, then what a browser fires when Back restores it from the cache.
    await page.evaluate(() => document.documentElement.classList.add('quick-exit--leaving'))
    expect(await visibility()).toBe('hidden')
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true})))
    expect(await visibility()).toBe('visible')
    await ctx.close()
  })

  it('hides the "press Shift 3 times" hint without JavaScript, and shows it with', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const {ctx} = await guardedContext(served.browser, {javaScriptEnabled, viewport: {width: 1280, height: HEIGHT}})
      const page = await ctx.newPage()
      await page.goto(`${served.server.url}/faq/`)
      expect(await page.locator('.quick-exit__hint').isVisible(), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(javaScriptEnabled)
      await ctx.close()
    }
  })
})
