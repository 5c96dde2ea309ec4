import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parse} from 'parse5'
import {attr, files, walk} from './html'

/** A link on a built page that leads nowhere on the site. */
export interface BrokenLink {
  /** The page the link is on, relative to the site's folder. */
  page: string
  /** The address as written in the page. */
  href: string
  /** Why it is broken. */
  reason: string
}

/** Attributes that lead to another address, by element. */
const LINKING: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  form: ['action'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
}

interface Page {
  ids: Set<string>
  links: string[]
}

async function readPage(site: string, path: string): Promise<Page> {
  const ids = new Set<string>()
  const links: string[] = []
  walk(parse(await readFile(join(site, path), 'utf8')), (element) => {
    const id = attr(element, 'id')
    if (id) ids.add(id)
    for (const name of LINKING[element.tagName] ?? []) {
      const value = attr(element, name)
      if (!value) continue
      if (name === 'srcset') links.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean))
      else links.push(value)
    }
  })
  return {ids, links}
}

/** The file a path on the site is served from, as the rebuild service and static hosts find it. */
function fileFor(path: string, all: Set<string>): string | undefined {
  const relativePath = decodeURIComponent(path).replace(/^\//, '')
  const candidates = relativePath === '' || relativePath.endsWith('/') ? [`${relativePath}index.html`] : [relativePath, `${relativePath}.html`, `${relativePath}/index.html`]
  return candidates.find((candidate) => all.has(candidate))
}

/**
 * Follows every internal address on every built page of `site` (links, images, scripts, forms,
 * and absolute addresses on `siteUrl`) and returns those that lead to no file, or to a fragment
 * (`#id`) that the target page does not have. Other hosts, `mailto:`, `tel:` and `sms:` are not followed.
 */
export async function brokenLinks(site: string, siteUrl: string): Promise<BrokenLink[]> {
  const all = new Set(await files(site))
  const pages = new Map<string, Page>()
  const pageAt = async (path: string) => {
    let page = pages.get(path)
    if (!page) pages.set(path, (page = await readPage(site, path)))
    return page
  }
  const origin = new URL(siteUrl).origin
  const broken: BrokenLink[] = []
  for (const path of [...all].filter((file) => file.endsWith('.html')).sort()) {
    const base = new URL(`/${path}`, siteUrl)
    for (const href of (await pageAt(path)).links) {
      const url = new URL(href, base)
      if (url.origin !== origin) continue
      const target = fileFor(url.pathname, all)
      if (!target) {
        broken.push({page: path, href, reason: `no file for ${url.pathname}`})
        continue
      }
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment && target.endsWith('.html') && !(await pageAt(target)).ids.has(fragment)) {
        broken.push({page: path, href, reason: `${target} has no element with id "${fragment}"`})
      }
    }
  }
  return broken
}
