import AxeBuilder from '@axe-core/playwright'
import type {Browser, Page} from 'playwright-core'
import {describe, expect, inject, it} from 'vitest'
import {guardedContext, NEUTRAL, siteInBrowser} from './support/browser-pages'
import {PAGE_TYPES} from './support/page-types'
import {RARE_WORD, SPANISH_WORD} from './support/fixture'

const served = siteInBrowser()

const context = (options: Parameters<Browser['newContext']>[0] = {}) => guardedContext(served.browser, options)

async function searchFor(page: Page, query: string) {
  const input = page.getByRole('searchbox')
  await input.fill(query)
  // “query” in English, «query» in Spanish.
  await expect.poll(() => page.locator('[data-search-status]').textContent(), {timeout: 15_000}).toMatch(new RegExp(`[“«]${query}[”»]`))
}

const resultTitles = (page: Page) => page.locator('[data-search-results] li > a').allTextContents()
const resultPaths = async (page: Page) => (await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).map((href) => new URL(href).pathname)

describe('search', () => {
  it('finds the question whose answer has a distinctive word, first, from the FAQ page', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/faq/`)
    await searchFor(page, 'smuggling')
    expect((await resultTitles(page))[0]).toBe('Is human trafficking the same as people smuggling?')
    await searchFor(page, RARE_WORD)
    expect(await resultTitles(page)).toEqual(['What support is available, in full detail?'])
    expect(new URL(page.url()).searchParams.get('q')).toBe(RARE_WORD)
    await ctx.close()
  })

  it('searches only questions from the FAQ page, everything from /search/', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/faq/`)
    await searchFor(page, 'Wilshire')
    expect(await resultTitles(page)).toEqual([])
    await page.goto(`${served.server.url}/search/`)
    await searchFor(page, 'Wilshire')
    expect(await resultTitles(page)).toEqual(['Contact us'])
    await ctx.close()
  })

  it('filters by type and keeps the search in the address, so a reload shows it again', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    await page.getByLabel('Reports').check()
    await searchFor(page, 'sample')
    expect((await resultTitles(page)).sort()).toEqual(['Sample report: A year of the hotline', 'Sample report: Policy brief', 'Sample report: Research note'])
    expect(page.url()).toBe(`${served.server.url}/search/?q=sample&type=Report`)
    await page.reload()
    await expect.poll(() => resultTitles(page), {timeout: 15_000}).toHaveLength(3)
    expect(await page.getByRole('searchbox').inputValue()).toBe('sample')
    expect(await page.getByLabel('Reports').isChecked()).toBe(true)
    await ctx.close()
  })

  it('shows five results at first and more on request, moving focus to the first new one', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    await searchFor(page, 'Cast')
    expect(await resultTitles(page)).toHaveLength(5)
    const more = page.getByRole('button', {name: 'More results'})
    await more.click()
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(5)
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] li')[5])).toBe(true)
    await ctx.close()
  })
})

describe('search in each language', () => {
  it('searches Spanish pages from a Spanish page, with Spanish stemming', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/es/search/`)
    // The page has the singular only: the plural finds it through the Spanish stemmer.
    await searchFor(page, `${SPANISH_WORD}s`)
    expect(await resultTitles(page)).toEqual(['¿Qué pasa si me obligan a trabajar en un taller de costura?'])
    await searchFor(page, 'trata de personas')
    const paths = await resultPaths(page)
    expect(paths.length).toBeGreaterThan(3)
    expect(paths.filter((path) => !path.startsWith('/es/'))).toEqual([])
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ resultados para «trata de personas»\.$/)
    await ctx.close()
  })

  it('keeps each language’s results to itself', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    await searchFor(page, `${SPANISH_WORD}s`)
    expect(await resultTitles(page)).toEqual([])
    await searchFor(page, 'hotline')
    expect((await resultPaths(page)).filter((path) => path.startsWith('/es/'))).toEqual([])
    // Untranslated English reports are listed on Spanish pages, but not searched there.
    await page.goto(`${served.server.url}/es/search/`)
    await searchFor(page, 'sample')
    expect(await resultTitles(page)).toEqual([])
    expect(await page.locator('[data-search-status]').textContent()).toBe('No hay resultados para «sample». Pruebe con otras palabras o llame a la línea de ayuda.')
    await ctx.close()
  })
})

describe('quick exit', () => {
  it('leaves for the neutral site on click, and Back skips the page that was left', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/`)
    await page.goto(`${served.server.url}/faq/`)
    await page.getByRole('link', {name: /Quick exit/}).click()
    await page.waitForURL(NEUTRAL)
    await page.goBack()
    expect(page.url()).toBe(`${served.server.url}/`)
    await ctx.close()
  })

  it('leaves when Shift is pressed three times, wherever focus is', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/get-help/`)
    await page.goto(`${served.server.url}/safety/`)
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift')
    await page.waitForURL(NEUTRAL)
    await page.goBack()
    expect(page.url()).toBe(`${served.server.url}/get-help/`)
    await ctx.close()
  })

  it('does not leave on two presses of Shift, or on Shift used for typing', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    await page.getByRole('searchbox').focus()
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    // Typing a capital letter: Shift goes down and up around the letter.
    await page.keyboard.press('Shift+KeyH')
    await page.keyboard.press('Shift')
    await page.waitForTimeout(300)
    expect(page.url()).toMatch(new RegExp(`^${served.server.url}/search/`))
    await ctx.close()
  })

  it('is an ordinary link without JavaScript', async () => {
    const {ctx} = await context({javaScriptEnabled: false})
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/faq/`)
    await page.getByRole('link', {name: /Quick exit/}).click()
    await page.waitForURL(NEUTRAL)
    await ctx.close()
  })
})

describe('safety and privacy', () => {
  it('sends no request beyond 127.0.0.1, sets no cookie and stores nothing', async () => {
    const {ctx, outside} = await context()
    const page = await ctx.newPage()
    const problems: string[] = []
    page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`))
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
    for (const path of PAGE_TYPES) await page.goto(`${served.server.url}${path}`, {waitUntil: 'networkidle'})
    await page.goto(`${served.server.url}/faq/`)
    await searchFor(page, 'hotline')
    expect(outside).toEqual([])
    expect(await ctx.cookies()).toEqual([])
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0])
    // The 404 page is served with status 404, which the console reports; nothing else may.
    expect(problems.filter((problem) => !/404 \(Not Found\)/.test(problem))).toEqual([])
    await ctx.close()
  })

  it('runs nothing that content tries to inject', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${served.server.url}/faq/hostile-content/`, {waitUntil: 'networkidle'})
    await page.getByRole('link', {name: 'A quoted link'}).hover()
    await page.getByText('A javascript link').click()
    await page.getByText('A data link').click()
    expect(await page.evaluate(() => (window as {__xss?: unknown}).__xss)).toBeUndefined()
    expect(await page.locator('main script, main img').count()).toBe(0)
    expect(dialogs).toEqual([])
    await ctx.close()
  })
})

describe('accessibility', () => {
  it.each(PAGE_TYPES)('axe finds no WCAG 2.2 AA violations on %s', async (path) => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}${path}`, {waitUntil: 'networkidle'})
    const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    await ctx.close()
  })

  it.each([320, 640])('fits a %i px wide screen without sideways scrolling (640 px: a 1280 px window at double zoom)', async (width) => {
    const {ctx} = await context({viewport: {width, height: 800}})
    const page = await ctx.newPage()
    for (const path of PAGE_TYPES) {
      await page.goto(`${served.server.url}${path}`)
      const overflow = await page.evaluate((limit) => {
        const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => element.getBoundingClientRect().right > limit + 0.5)
        return {scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 3).map((element) => element.outerHTML.slice(0, 80))}
      }, width)
      expect(overflow.scrollWidth, `${path}: ${overflow.wide.join(' | ')}`).toBeLessThanOrEqual(width)
    }
    await ctx.close()
  })

  it('lets keyboard users skip to the content and see where focus is', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/faq/`)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', {name: 'Skip to main content'})
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await ctx.close()
  })

  it('opens the answer a link points to, even without JavaScript', async () => {
    const {ctx} = await context({javaScriptEnabled: false})
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/faq/#outside-los-angeles-county`)
    expect(await page.locator('details:has(#outside-los-angeles-county)').getAttribute('open')).not.toBeNull()
    expect(await page.locator('.faq-item').count()).toBeGreaterThan(20)
    await ctx.close()
  })
})
