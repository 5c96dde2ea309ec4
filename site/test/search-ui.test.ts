import AxeBuilder from '@axe-core/playwright'
import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import type {Browser, Page} from 'playwright-core'
import {describe, expect, inject, it} from 'vitest'
import {correctQuery, corrected, readVocabulary} from '../src/components/search/spelling'
import {guardedContext, siteInBrowser} from './support/browser-pages'
import {RARE_WORD} from './support/fixture'

/**
 * Search controls that appear only when they work, and typo tolerance from the site's own
 * words, in Chromium against the fixture site.
 */

const site = inject('fixtureSite')
const served = siteInBrowser()

/** A context that refuses every request for another host, and records it. */
const context = (options: Parameters<Browser['newContext']>[0] = {}) => guardedContext(served.browser, options)

const status = (page: Page) => page.locator('[data-search-status]')
const resultPaths = async (page: Page) =>
  (await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).map((href) => new URL(href).pathname)

/** Types a query and waits until the status line reports a search for `shown`. */
async function searchFor(page: Page, query: string, shown = query) {
  await page.getByRole('searchbox').fill(query)
  await expect.poll(() => status(page).textContent(), {timeout: 15_000}).toMatch(new RegExp(`[“«]${shown}[”»]`))
}

describe('“More results”', () => {
  it('is not shown for an empty query, nor after a single result', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    const more = page.locator('[data-search-more]')
    expect(await more.isVisible()).toBe(false)
    await searchFor(page, RARE_WORD)
    expect(await resultPaths(page)).toHaveLength(1)
    expect(await more.isVisible()).toBe(false)
    await page.goto(`${served.server.url}/faq/`)
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false)
    await ctx.close()
  })

  it('adds the next batch until there is no more, each time focusing the first new result', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    await searchFor(page, 'Cast')
    const total = Number((await status(page).textContent())!.match(/^(\d+)/)![1])
    expect(total).toBeGreaterThan(10)
    const more = page.getByRole('button', {name: 'More results'})
    let shown = 5
    while (shown < total) {
      expect(await more.isVisible()).toBe(true)
      await more.click()
      const next = Math.min(shown + 5, total)
      await expect.poll(async () => (await resultPaths(page)).length).toBe(next)
      expect(await page.evaluate((index) => document.activeElement === document.querySelectorAll('[data-search-results] li > a')[index], shown)).toBe(true)
      shown = next
    }
    expect(await more.isVisible()).toBe(false)
    await ctx.close()
  })
})

describe('a search opened from its address', () => {
  // The header's search box and shared links open /search/?q=…: the results arrive after the
  // first paint, and must not move what the visitor already sees (the footer of a short page).
  for (const [path, width] of [['/search/?q=hotline', 375], ['/search/?q=hotline', 1280], ['/es/search/?q=ayuda', 375]] as const) {
    it(`${path} at ${width} px shows its results without moving anything on screen`, async () => {
      const {ctx} = await context({viewport: {width, height: 812}})
      const page = await ctx.newPage()
      await page.addInitScript(() => {
        const shifts: Array<{value: number; moved: string[]}> = []
        Object.assign(window, {shifts})
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & {value: number; hadRecentInput: boolean; sources: Array<{node?: Node}>}>) {
            if (!entry.hadRecentInput) shifts.push({value: entry.value, moved: entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?')})
          }
        }).observe({type: 'layout-shift', buffered: true})
      })
      await page.goto(`${served.server.url}${path}`)
      await expect.poll(() => status(page).textContent(), {timeout: 15_000}).toMatch(/^\d+ /)
      expect(await resultPaths(page)).not.toHaveLength(0)
      // Two frames: the results are laid out and any shift they caused is reported.
      const shifts = await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done((window as unknown as {shifts: unknown}).shifts))))),
      )
      expect(shifts).toEqual([])
      await ctx.close()
    })
  }
})

describe('search without JavaScript', () => {
  for (const path of ['/search/', '/es/search/']) {
    it(`${path} shows only its notice and links: no box, filters or button`, async () => {
      const {ctx} = await context({javaScriptEnabled: false})
      const page = await ctx.newPage()
      await page.goto(`${served.server.url}${path}?q=help`)
      expect(await page.locator('main .notice').isVisible()).toBe(true)
      expect(await page.locator('main .notice a').count()).toBe(2)
      for (const selector of ['input[type=search]', 'input[type=checkbox]', 'select', 'form[role=search] button']) {
        expect(await page.locator(`main ${selector}`).evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).checkVisibility()).length), selector).toBe(0)
      }
      await ctx.close()
    })
  }

  it('hides the FAQ page’s search box, which lists every answer anyway', async () => {
    const {ctx} = await context({javaScriptEnabled: false})
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/faq/`)
    expect(await page.locator('main form[role=search]').isVisible()).toBe(false)
    expect(await page.locator('.faq-item').count()).toBeGreaterThan(20)
    await ctx.close()
  })

  it('with JavaScript, the box is there from the first paint', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`, {waitUntil: 'commit'})
    await page.waitForSelector('main form[role=search]', {state: 'attached'})
    expect(await page.locator('main form[role=search]').isVisible()).toBe(true)
    expect(await page.getByRole('searchbox').isVisible()).toBe(true)
    await ctx.close()
  })
})

describe('typo tolerance', () => {
  const corrections = [
    {path: '/search/', query: 'traficking', corrected: 'trafficking'},
    {path: '/search/', query: 'traffiking', corrected: 'trafficking'},
    {path: '/search/', query: 'organisation', corrected: 'organization'},
    {path: '/es/search/', query: 'trafico', corrected: 'tráfico'},
  ]
  for (const {path, query, corrected} of corrections) {
    it(`corrects “${query}” to “${corrected}” on ${path}, with a link that searches the original`, async () => {
      const {ctx, outside} = await context()
      const page = await ctx.newPage()
      await page.goto(`${served.server.url}${path}`)
      await searchFor(page, query, corrected)
      const correction = page.locator('[data-search-correction]')
      expect(await correction.isVisible()).toBe(true)
      expect(await correction.textContent()).toContain(corrected)
      const paths = await resultPaths(page)
      expect(paths.length).toBeGreaterThan(0)
      const original = correction.getByRole('link')
      expect(await original.textContent()).toContain(query)
      await original.click()
      await expect.poll(() => status(page).textContent(), {timeout: 15_000}).toMatch(new RegExp(`[“«]${query}[”»]`))
      expect(new URL(page.url()).searchParams.get('q')).toBe(query)
      expect(await page.getByRole('searchbox').inputValue()).toBe(query)
      expect(await correction.isVisible()).toBe(false)
      // The corrected query's results are those the right spelling finds.
      await searchFor(page, corrected)
      expect(await resultPaths(page)).toEqual(paths)
      expect(outside).toEqual([])
      await ctx.close()
    })
  }

  it('shows the correction in the page’s language', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/es/search/`)
    await searchFor(page, 'trafico', 'tráfico')
    expect(await page.locator('[data-search-correction]').textContent()).toMatch(/Mostrando resultados para «tráfico»/)
    expect(await page.locator('[data-search-correction] a').textContent()).toMatch(/Buscar «trafico»/)
    expect(await new AxeBuilder({page}).analyze().then(({violations}) => violations.map(({id}) => id))).toEqual([])
    await ctx.close()
  })

  it('never corrects a query the site has words for, even one with a single result', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    for (const query of ['hotline', RARE_WORD, 'trafficking']) {
      await searchFor(page, query)
      expect(await page.locator('[data-search-correction]').isVisible(), query).toBe(false)
    }
    await ctx.close()
  })

  it('does not take the pages Pagefind finds for a shorter word it puts in place of one it lacks', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    // Pagefind answers “intership” with every page that has “in”: the spelling is corrected instead.
    await searchFor(page, 'intership', 'internship')
    expect(await resultPaths(page)).toContain('/careers/sample-msw-intern/')
    // “artery” is no word of the site, nor near one: Pagefind answers with pages that have “a”.
    await searchFor(page, 'artery')
    expect(await resultPaths(page)).toEqual([])
    expect(await page.locator('[data-search-correction]').isVisible()).toBe(false)
    await ctx.close()
  })

  it('finds an answer for a sentence with a word the site never uses', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    await page.goto(`${served.server.url}/search/`)
    // “took” is on no page: the answer has “boss” and “passport” among its other words people use.
    await searchFor(page, 'my boss took my passport', 'boss passport')
    expect(await resultPaths(page)).toContain('/faq/when-should-i-call-the-hotline/')
    await ctx.close()
  })

  it('loads the vocabulary only when a search finds little', async () => {
    const {ctx} = await context()
    const page = await ctx.newPage()
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await page.goto(`${served.server.url}/search/`)
    await searchFor(page, 'hotline')
    expect(fetched.filter((path) => path.includes('vocabulary'))).toEqual([])
    await searchFor(page, 'traficking', 'trafficking')
    expect(fetched.filter((path) => path.includes('vocabulary'))).toEqual(['/pagefind-vocabulary/en.txt'])
    await ctx.close()
  })
})

describe('the vocabulary', () => {
  it('is built per language from the indexed text, most frequent first, and small', async () => {
    const folder = join(site, 'pagefind-vocabulary')
    expect((await readdir(folder)).sort()).toEqual(['en.txt', 'es.txt'])
    const en = (await readFile(join(folder, 'en.txt'), 'utf8')).split('\n')
    const es = (await readFile(join(folder, 'es.txt'), 'utf8')).split('\n')
    expect(en).toContain('trafficking')
    expect(en).toContain(RARE_WORD)
    expect(en.indexOf('trafficking')).toBeLessThan(en.indexOf(RARE_WORD))
    expect(es).toContain('tráfico')
    expect(es).not.toContain('trafficking')
    for (const file of ['en.txt', 'es.txt']) {
      const bytes = await readFile(join(folder, file))
      expect(gzipSync(bytes).length, file).toBeLessThan(40_000)
      expect((await stat(join(folder, file))).size).toBe(bytes.length)
    }
  })
})

describe('corrected', () => {
  const vocabulary = `data:text/plain,${encodeURIComponent('boss\npassport\nhotline\ntrafficking')}`
  const search = async (query: string) => (query === 'boss passport' || query === 'trafficking' ? [query] : [])
  it('leaves out of a query of several the words the site does not have, when that finds more', async () => {
    expect(await corrected('my boss took my passport', [], vocabulary, 'en', search)).toEqual({results: ['boss passport'], shown: 'boss passport'})
    expect(await corrected('traficking', [], vocabulary, 'en', search)).toEqual({results: ['trafficking'], shown: 'trafficking'})
  })
  it('keeps the query as typed when nothing is known or nothing more is found', async () => {
    expect(await corrected('zebrafish', ['a'], vocabulary, 'en', search)).toEqual({results: ['a'], shown: 'zebrafish'})
    expect(await corrected('boss hotline', ['a'], vocabulary, 'en', search)).toEqual({results: ['a'], shown: 'boss hotline'})
  })
})

describe('correctQuery', () => {
  const vocabulary = readVocabulary('trafficking\nlabor\nhotline\ntráfico\nvisa\ncall\nhuman', 'en')
  it('corrects each unknown word to the most frequent word within its edit distance', () => {
    expect(correctQuery('human traficking', vocabulary)).toBe('human trafficking')
    expect(correctQuery('Traffiking', vocabulary)).toBe('trafficking')
    expect(correctQuery('labour', vocabulary)).toBe('labor')
    expect(correctQuery('hotlnie', vocabulary)).toBe('hotline')
    expect(correctQuery('trafico', vocabulary)).toBe('tráfico')
  })
  it('leaves known words, short words and far-off words alone', () => {
    expect(correctQuery('Hotline call', vocabulary)).toBe('Hotline call')
    expect(correctQuery('vis', vocabulary)).toBe('vis')
    expect(correctQuery('cal', vocabulary)).toBe('cal')
    expect(correctQuery('lab', vocabulary)).toBe('lab')
    expect(correctQuery('passport', vocabulary)).toBe('passport')
    expect(correctQuery('T-visa 24', vocabulary)).toBe('T-visa 24')
  })
})
