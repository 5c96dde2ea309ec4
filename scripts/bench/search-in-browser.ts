import {launchBrowser} from '../src/measure/browser'
import {serveDist} from '../src/measure/serve-dist'

/** What a file fetched during a search is; `other` is anything but Pagefind's files (the favicon Chromium fetches late). */
function kindOf(url: string): string {
  const path = new URL(url).pathname
  if (/\/pagefind\/(pagefind(-worker)?\.js|wasm\.[^/]+\.pagefind)$/.test(path)) return 'runtime'
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'metadata'
  if (path.endsWith('.pf_index')) return 'word index'
  if (path.endsWith('.pf_filter')) return 'filters'
  if (path.endsWith('.pf_fragment')) return 'result fragments'
  return 'other'
}

export interface SearchMeasurement {
  /** What loading the search page itself costs (HTML, CSS, JS), compressed bytes. */
  pageBytes: number
  /** What the first search adds: Pagefind's script, WebAssembly, index chunks and result fragments. */
  firstSearchBytes: number
  /** Of those, Pagefind's files only: what the search budget counts. */
  searchFilesBytes: number
  firstSearchBytesByKind: Record<string, number>
  firstSearchMs: number
  /** Median of later searches, each from the query to the top five results' data. */
  laterSearchMedianMs: number
  laterSearches: number
}

/**
 * Measures search as a visitor meets it, in headless Chromium: a fresh browser (empty cache)
 * opens a search page (`/search/`, `/es/search/`: each loads its own language's index), types a
 * word, and waits for results; then more searches, timed in the page.
 */
export async function measureSearch(dist: string, searchPage: string, words: string[]): Promise<SearchMeasurement> {
  const server = await serveDist(dist)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    let bytes = 0
    let searching = false
    const byKind: Record<string, number> = {}
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize
        bytes += size
        if (searching) byKind[kindOf(request.url())] = (byKind[kindOf(request.url())] ?? 0) + size
      })
    })
    await page.goto(`${server.url}${searchPage}`, {waitUntil: 'networkidle'})
    const pageBytes = bytes
    searching = true
    const started = performance.now()
    await page.getByRole('searchbox').fill(words[0]!)
    await page.locator('[data-search-results] li').first().waitFor({timeout: 60_000})
    await page.waitForLoadState('networkidle')
    const firstSearchMs = performance.now() - started
    const firstSearchBytes = bytes - pageBytes
    searching = false

    const times = await page.evaluate(async (terms) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)
      const results: number[] = []
      for (const term of terms) {
        const start = performance.now()
        const search = await pagefind.search(term)
        await Promise.all(search.results.slice(0, 5).map((result: {data: () => Promise<unknown>}) => result.data()))
        results.push(performance.now() - start)
      }
      return results
    }, words.slice(1))
    const sorted = times.sort((a, b) => a - b)
    await context.close()
    const searchFilesBytes = Object.entries(byKind).reduce((sum, [kind, size]) => (kind === 'other' ? sum : sum + size), 0)
    return {pageBytes, firstSearchBytes, searchFilesBytes, firstSearchBytesByKind: byKind, firstSearchMs, laterSearchMedianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN, laterSearches: sorted.length}
  } finally {
    await browser.close()
    await server.close()
  }
}
