/**
 * Live search over the Pagefind index. Pagefind's own files load on first use, so a page with a
 * search box costs a visitor nothing until they search.
 */
import {fill} from '../../i18n/fill'

interface PagefindResult {
  data(): Promise<{url: string; excerpt: string; meta: {title?: string}}>
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  debouncedSearch(query: string, options: object, ms?: number): Promise<{results: PagefindResult[]} | null>
}

/**
 * Results shown at first and per “more” click: each costs a download, so only what is read. Five
 * keep a first search within its 150 KB of search files at 10,000 documents (docs/benchmarks/sizes.md).
 */
const BATCH = 5
let pagefind: Promise<Pagefind> | undefined

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({excerptLength: 24})
    return module
  })
  return pagefind
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

const started = new WeakSet<HTMLFormElement>()

/** The status line's words, from the form (`Search.astro`), in the page's language. */
interface Words {
  locale: string
  none: string
  one: string
  other: string
}

export function startSearch(form: HTMLFormElement): void {
  if (started.has(form)) return
  started.add(form)
  const input = form.elements.namedItem('q') as HTMLInputElement
  const status = form.querySelector<HTMLElement>('[data-search-status]')!
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!
  const params = new URLSearchParams(location.search)
  const words = JSON.parse(form.dataset.words ?? '{}') as Words
  const plural = new Intl.PluralRules(words.locale)

  // Restore a shared or reloaded search from the address.
  input.value = params.get('q') ?? ''
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=type]')) {
    box.checked = params.getAll('type').includes(box.value)
  }
  const select = form.querySelector<HTMLSelectElement>('select[name=category]')
  if (select) select.value = params.get('category') ?? ''

  let latest = 0
  let found: PagefindResult[] = []

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
    history.replaceState(history.state, '', url)

    if (!query) {
      list.replaceChildren()
      more.hidden = true
      status.textContent = ''
      return
    }
    const filters: Record<string, unknown> = {}
    if (types.length) filters.type = {any: types}
    if (category) filters.category = category
    const search = await (await loadPagefind()).debouncedSearch(query, {filters}, 150)
    if (!search || run !== latest) return
    found = search.results
    list.replaceChildren()
    await show(0, run)
    if (run !== latest) return
    const count = found.length
    status.textContent = fill(count === 0 ? words.none : plural.select(count) === 'one' ? words.one : words.other, {count, query})
  }

  more.addEventListener('click', () => {
    const first = list.children.length
    void show(first, latest).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus())
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  form.addEventListener('input', () => void run())
  if (input.value) void run()
}
