import type {Page} from 'playwright-core'
import {beforeAll, describe, expect, it} from 'vitest'
import english from '../src/i18n/en.json'
import spanish from '../src/i18n/es.json'
import {indexedTerms, searchQuery as queryIn, smallWords} from '../src/components/search/query'
import {siteInBrowser} from './support/browser-pages'
import {OTHER_WORD, OTHER_WORDS_SLUG} from './support/fixture'

const served = siteInBrowser()
let page: Page

beforeAll(async () => {
  const context = await served.browser.newContext()
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  )
  page = await context.newPage()
})

interface Hit {
  path: string
  excerpt: string
  content: string
}

/**
 * Pagefind's results for a query (all pages for `null`), excerpts and indexed text included.
 * The script is a string so that Vite, which runs this file, leaves its `import()` alone.
 */
const PAGEFIND_RESULTS = `async (query) => {
  const pagefind = await import(location.origin + '/pagefind/pagefind.js')
  await pagefind.options({excerptLength: 24})
  const search = await pagefind.search(query)
  return Promise.all(search.results.map(async (result) => {
    const data = await result.data()
    return {path: new URL(data.url, location.origin).pathname, excerpt: data.excerpt, content: data.content}
  }))
}`

async function pagefind(searchPage: string, query: string | null): Promise<Hit[]> {
  await page.goto(`${served.server.url}${searchPage}`)
  return page.evaluate(`(${PAGEFIND_RESULTS})(${JSON.stringify(query)})`)
}

const paths = (hits: Hit[]) => hits.map((hit) => hit.path)
const firstIndex = (list: string[], test: (path: string) => boolean) => {
  const index = list.findIndex(test)
  return index === -1 ? Infinity : index
}
/** Words as a reader sees them: letters and digits, without the punctuation around them. */
const words = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter(Boolean)

describe('other words people use (FAQ search terms)', () => {
  it('finds a question by a word only its search terms have, and never shows that word', async () => {
    const hits = await pagefind('/search/', OTHER_WORD)
    expect(paths(hits)[0]).toBe(`/faq/${OTHER_WORDS_SLUG}/`)
    expect(hits[0]!.excerpt.toLowerCase()).not.toContain(OTHER_WORD)
    await page.goto(`${served.server.url}/faq/${OTHER_WORDS_SLUG}/`)
    expect((await page.locator('body').innerText()).toLowerCase()).not.toContain(OTHER_WORD)
  })
})

/** The result paths the search box of `searchPage` shows for `query` (its first batch). */
async function searchBox(searchPage: string, query: string): Promise<string[]> {
  await page.goto(`${served.server.url}${searchPage}?q=${encodeURIComponent(query)}`)
  await expect.poll(() => page.locator('[data-search-status]').textContent(), {timeout: 15_000}).toMatch(/\S/)
  return (await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).map((href) => new URL(href).pathname)
}

describe('ranking', () => {
  it('puts Get help and the answers before reports for “hotline”', async () => {
    const found = await searchBox('/search/', 'hotline')
    const firstReport = firstIndex(found, (path) => path.startsWith('/reports/'))
    expect(found).toContain('/get-help/')
    expect(found.indexOf('/get-help/')).toBeLessThan(firstReport)
    expect(firstIndex(found, (path) => path.startsWith('/faq/'))).toBeLessThan(firstReport)
  })

  it('puts an answer before a report or a job that has the same words', async () => {
    for (const query of ['social work', 'hotline']) {
      const found = await searchBox('/search/', query)
      const firstFaq = firstIndex(found, (path) => path.startsWith('/faq/'))
      expect(firstFaq, `${query}: ${found.join(', ')}`).toBeLessThan(Infinity)
      expect(firstFaq, `${query}: ${found.join(', ')}`).toBeLessThan(firstIndex(found, (path) => path.startsWith('/reports/') || path.startsWith('/careers/')))
    }
  })
})

describe('snippets', () => {
  it('keeps words apart: every word Pagefind indexed is a word of the page as shown', async () => {
    for (const searchPage of ['/search/', '/es/search/']) {
      for (const hit of await pagefind(searchPage, null)) {
        await page.goto(`${served.server.url}${hit.path}`)
        const shown = new Set(words(await page.locator('main').innerText()))
        const runTogether = words(hit.content).filter((word) => !shown.has(word))
        expect(runTogether, hit.path).toEqual([])
      }
    }
  })

  it('shows “Hours” and “24 hours a day” apart in a hotline’s excerpt', async () => {
    const hits = await pagefind('/search/', 'hours')
    expect(hits.map((hit) => hit.excerpt).join(' ')).not.toMatch(/Hours<\/mark>24|Hours24/)
  })
})

const SMALL: Record<string, ReadonlySet<string>> = {en: smallWords(english['search.smallWords']), es: smallWords(spanish['search.smallWords'])}
const searchQuery = (query: string, lang: string) => queryIn(query, SMALL[lang] ?? new Set())

describe('searchQuery: what is sent to Pagefind', () => {
  it('drops one-letter words, so “T-visa” and “T visa” search for “visa”', () => {
    expect(searchQuery('T-visa', 'en')).toBe('visa')
    expect(searchQuery('T visa', 'en')).toBe('visa')
    expect(searchQuery('visa T', 'es')).toBe('visa')
  })

  it('keeps the words that carry meaning in a sentence', () => {
    expect(searchQuery('my boss took my passport', 'en')).toBe('boss took passport')
    expect(searchQuery('How do I donate?', 'en')).toBe('donate')
    expect(searchQuery('how many people are trafficked', 'en')).toBe('people trafficked')
    expect(searchQuery("can't leave my job", 'en')).toBe('leave job')
    expect(searchQuery('I don’t live in Los Angeles', 'en')).toBe('live los angeles')
    expect(searchQuery('¿Tengo que dar mi nombre?', 'es')).toBe('dar nombre')
    expect(searchQuery('mi jefe me quitó el pasaporte', 'es')).toBe('jefe quitó pasaporte')
  })

  it('keeps hyphenated words and numbers whole', () => {
    expect(searchQuery('888-KEY-2-FREE', 'en')).toBe('888-key-2-free')
    expect(searchQuery('911', 'en')).toBe('911')
    expect(searchQuery('full-time', 'en')).toBe('full-time')
  })

  it('gives Pagefind an FAQ’s other words without one-letter words, which would match any word with that first letter', () => {
    expect(indexedTerms(['T visa', 'T', 'green card', 'U-visa'])).toEqual(['visa', 'green card', 'visa'])
  })

  it('leaves the query as typed when nothing but small words is left', () => {
    expect(searchQuery('what is it', 'en')).toBe('what is it')
    expect(searchQuery('  ', 'en')).toBe('')
  })

  it('uses only the rules for all languages in a language it has no small words for', () => {
    expect(searchQuery('T visa for the family', 'fr')).toBe('visa for the family')
  })
})
