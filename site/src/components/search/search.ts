/**
 * Live search over the Pagefind index. Pagefind's own files load on first use, so a page with a
 * search box costs a visitor nothing until they search.
 */
import {fill} from '../../i18n/fill'
import {searchQuery, smallWords} from './query'
import {PAGEFIND_RANKING} from './ranking'

interface PagefindResult {
  data(): Promise<{url: string; excerpt: string; meta: Record<string, string> & {title?: string}; content: string; locations: number[]}>
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  debouncedSearch(query: string, options: object, ms?: number): Promise<{results: PagefindResult[]} | null>
  search(query: string, options: object): Promise<{results: PagefindResult[]}>
}

/**
 * Results shown at first and per “more” click: each costs a download, so only what is read. Five
 * keep a first search within its 150 KB of search files at 10,000 documents (docs/benchmarks/sizes.md).
 */
const BATCH = 5
/** Fewer results than this and the query is checked for misspellings. */
const FEW = 3
/** The address parameter that searches the query as typed, never corrected. */
const AS_TYPED = 'exact'
let pagefind: Promise<Pagefind> | undefined

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({excerptLength: 24, ranking: PAGEFIND_RANKING})
    return module
  })
  return pagefind
}

/**
 * The results when Pagefind found the words sent; none when it put a shorter word in the place of
 * one it does not have, as it does (“in” for “intership”, “a” for “artery”). A word it found
 * shares most of its start with a word of the page: its stem (“victims”, “víctima”), or all of
 * it when typed as the start of a longer one (“traffi”).
 */
async function foundAsSent(sent: string, results: PagefindResult[]): Promise<PagefindResult[]> {
  // The words matched in each page's text, and its metadata, where an FAQ's other words are.
  const seen = (await Promise.all(results.slice(0, BATCH).map((result) => result.data()))).flatMap(({content, locations, meta}) => {
    const words = content.toLowerCase().split(/\s+/)
    return [...locations.map((at) => words[at] ?? ''), ...Object.values(meta).join(' ').toLowerCase().split(/\s+/)]
  })
  const shared = (a: string, b: string) => {
    let length = 0
    while (length < a.length && a[length] === b[length]) length++
    return length
  }
  // A word Pagefind matched without its accents (“trafico”, “tráfico”) counts as not found: the
  // correction then shows the word with them.
  return sent
    .toLowerCase()
    .split(/\s+/)
    .every((word) => word.length < 4 || seen.some((found) => shared(word, found) >= Math.max(4, word.length * 0.6)))
    ? results
    : []
}

/** Copies Pagefind's excerpt as text, keeping only its <mark> highlights. */
function excerptNode(html: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = html
  const out = document.createDocumentFragment()
  template.content.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      out.append(mark)
    } else out.append(node.textContent ?? '')
  })
  return out
}

/** The status line's words, from the form (`Search.astro`), in the page's language. */
interface Words {
  /** The small words of a sentence, for `searchQuery`. */
  smallWords: string
  locale: string
  none: string
  one: string
  other: string
  corrected: string
  original: string
  /** The address of the page language's vocabulary. */
  vocabulary: string
}

export function startSearch(form: HTMLFormElement): void {
  const input = form.elements.namedItem('q') as HTMLInputElement
  const status = form.querySelector<HTMLElement>('[data-search-status]')!
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!
  const correction = form.querySelector<HTMLElement>('[data-search-correction]')!
  const params = new URLSearchParams(location.search)
  const words = JSON.parse(form.dataset.words ?? '{}') as Words
  const plural = new Intl.PluralRules(words.locale)
  const small = smallWords(words.smallWords)

  // Restore a shared or reloaded search from the address.
  input.value = params.get('q') ?? ''
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=type]')) {
    box.checked = params.getAll('type').includes(box.value)
  }
  const select = form.querySelector<HTMLSelectElement>('select[name=category]')
  if (select) select.value = params.get('category') ?? ''

  let latest = 0
  let found: PagefindResult[] = []
  // Set by “Search for … instead” (or its address): search exactly what was typed.
  let exact = params.has(AS_TYPED)

  const show = async (from: number, run: number) => {
    const batch = await Promise.all(found.slice(from, from + BATCH).map((result) => result.data()))
    if (run !== latest) return
    list.append(
      ...batch.map((result) => {
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = result.url
        link.textContent = result.meta.title ?? result.url
        const text = document.createElement('p')
        text.append(excerptNode(result.excerpt))
        item.append(link, text)
        return item
      }),
    )
    more.hidden = list.children.length >= found.length
  }

  const run = async () => {
    const run = ++latest
    const data = new FormData(form)
    const query = input.value.trim()
    const types = data.getAll('type').map(String)
    const category = String(data.get('category') ?? '')

    const url = new URL(location.href)
    url.search = ''
    if (query) url.searchParams.set('q', query)
    if (form.dataset.scope === 'all') {
      types.forEach((type) => url.searchParams.append('type', type))
      if (category) url.searchParams.set('category', category)
    }
    if (exact && query) url.searchParams.set(AS_TYPED, '1')
    history.replaceState(history.state, '', url)

    if (!query) {
      list.replaceChildren()
      more.hidden = true
      correction.hidden = true
      status.textContent = ''
      return
    }
    const filters: Record<string, unknown> = {}
    if (types.length) filters.type = {any: types}
    if (category) filters.category = category
    const sent = searchQuery(query, small)
    const search = await (await loadPagefind()).debouncedSearch(sent, {filters}, 150)
    if (!search || run !== latest) return
    const typed = exact ? search.results : await foundAsSent(sent, search.results)
    const {results, shown} = exact || typed.length >= FEW ? {results: typed, shown: query} : await corrected(query, typed, {filters})
    if (run !== latest) return
    found = results
    list.replaceChildren()
    await show(0, run)
    if (run !== latest) return
    correction.hidden = shown === query
    if (shown !== query) {
      // “Showing results for …” and a link to the query as typed: this page again, with `exact=1`.
      url.searchParams.set(AS_TYPED, '1')
      const asTyped = document.createElement('a')
      asTyped.href = url.href
      asTyped.textContent = fill(words.original, {query})
      correction.replaceChildren(fill(words.corrected, {query: shown}), ' ', asTyped)
    }
    const count = found.length
    status.textContent = fill(count === 0 ? words.none : plural.select(count) === 'one' ? words.one : words.other, {count, query: shown})
  }

  /**
   * The query corrected from the site's own words, with its results, when that finds more
   * (`spelling.ts`, loaded the first time a search finds little). Should the correction fail (its
   * vocabulary cannot be had), the results stay as they are and the console says why.
   */
  const corrected = async (query: string, results: PagefindResult[], options: object): Promise<{results: PagefindResult[]; shown: string}> => {
    try {
      const spelling = await import('./spelling')
      return await spelling.corrected(query, results, words.vocabulary, words.locale, async (shown) => (await (await loadPagefind()).search(searchQuery(shown, small), options)).results)
    } catch (error) {
      console.error(error)
      return {results, shown: query}
    }
  }

  more.addEventListener('click', () => {
    const first = list.children.length
    void show(first, latest).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus())
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  form.addEventListener('input', () => {
    exact = false
    void run()
  })
  if (input.value) void run()
}
