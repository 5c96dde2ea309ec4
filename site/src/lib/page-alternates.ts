/**
 * The alternates each page declared (`<link rel="alternate" hreflang>`), by its absolute URL, so
 * the sitemap lists the same pairs. Pages render in the same process as the sitemap is written,
 * from a bundle with its own copy of each module: the record lives on globalThis.
 */
const KEY: unique symbol = Symbol.for('cast.pageAlternates')
const global = globalThis as typeof globalThis & {[KEY]?: Map<string, Array<{lang: string; url: string}>>}

function record(): Map<string, Array<{lang: string; url: string}>> {
  global[KEY] ??= new Map()
  return global[KEY]
}

export function recordAlternates(url: string, links: Array<{lang: string; url: string}>): void {
  if (links.length) record().set(url, links)
}

/** The alternates the page at `url` declared; undefined for a page with none. */
export function alternatesAt(url: string): Array<{lang: string; url: string}> | undefined {
  return record().get(url)
}
