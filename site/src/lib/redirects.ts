import {DEFAULT_LANGUAGE} from '@cast/schemas/routing/languages'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import {isCleanSlug, webAddress} from '@cast/schemas/routing/web-address'

/** What the redirects read of a published document with a web address. */
export interface AddressedDocument {
  _id: string
  _type: string
  slug?: string | null
  language?: string | null
  previousSlugs?: unknown
}

export interface Redirects {
  /** The `_redirects` file: `from to status` lines, as Cloudflare Pages and Netlify read them. */
  file: string
  /** One sentence per old address left out, naming the documents involved. */
  warnings: string[]
}

const HEADER = '# Old web addresses of documents whose slug changed, and where they lead now.'

/**
 * The redirects from every document's earlier web addresses to its current one. An old address
 * that a live page now has is left out: the page wins. `isBuilt` says whether the build wrote a
 * page at an address, which also covers the site's own pages that no document owns.
 */
export function redirectsFor(documents: readonly AddressedDocument[], isBuilt: (address: string) => boolean): Redirects {
  const owners = new Map<string, string>()
  for (const {_id, _type, slug, language} of documents) {
    if (isSluggedType(_type) && slug) owners.set(webAddress(_type, slug, language ?? DEFAULT_LANGUAGE), _id)
  }
  const lines = [HEADER]
  const warnings: string[] = []
  const claimed = new Map<string, string>()
  for (const {_id, _type, slug, language, previousSlugs} of documents) {
    if (!isSluggedType(_type) || !slug || !Array.isArray(previousSlugs)) continue
    const lang = language ?? DEFAULT_LANGUAGE
    const to = webAddress(_type, slug, lang)
    for (const old of previousSlugs) {
      // Content never writes a line of its own into the file: only clean slugs become addresses.
      if (typeof old !== 'string' || !isCleanSlug(old)) {
        warnings.push(`Document ${_id} (${_type}) has the earlier web address ${JSON.stringify(old)}, which is not one path segment of lowercase letters, digits and dashes: it is not redirected. Remove it from previousSlugs.`)
        continue
      }
      const from = webAddress(_type, old, lang)
      if (from === to) continue
      const owner = owners.get(from)
      if (owner !== undefined || isBuilt(from)) {
        const page = owner === undefined ? 'a page of the site' : `document ${owner}`
        warnings.push(`Document ${_id} (${_type}) used to be at ${from}, which is now ${page}: the page is served there, not a redirect to ${to}.`)
        continue
      }
      const earlier = claimed.get(from)
      if (earlier !== undefined) {
        warnings.push(`Documents ${earlier} and ${_id} both used to be at ${from}: it leads to ${earlier}'s page only.`)
        continue
      }
      claimed.set(from, _id)
      // The site's addresses end in a slash; a visitor may type the old one without it.
      lines.push(`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`)
    }
  }
  return {file: `${lines.join('\n')}\n`, warnings}
}
