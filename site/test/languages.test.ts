import {readNdjson} from '@cast/schemas/dataset'
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {parse, type DefaultTreeAdapterMap} from 'parse5'
import {beforeAll, describe, expect, inject, it} from 'vitest'
import english from '../src/i18n/en.json'
import spanish from '../src/i18n/es.json'
import {SPANISH_WORD} from './support/fixture'
import {attr, walk, type HtmlNode as Node} from './support/html'

/** The fixture site in English and Spanish: addresses, `lang`, alternates, the switch and the interface's words. */
const site = inject('fixtureSite')
const html = (path: string) => readFile(join(site, path), 'utf8')

/** Every `<link rel="alternate" hreflang>` of a page, as hreflang → absolute URL. */
function hreflangs(page: string): Record<string, string> {
  const found: Record<string, string> = {}
  walk(parse(page), (element) => {
    if (element.tagName === 'link' && attr(element, 'rel') === 'alternate' && attr(element, 'hreflang')) found[attr(element, 'hreflang')!] = attr(element, 'href')!
  })
  return found
}

/** The page's text, leaving out what is marked as another language (`lang="en"` inside a Spanish page) and scripts. */
function textInPageLanguage(page: string): string {
  const parts: string[] = []
  const visit = (node: Node, skip: boolean) => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) return
    const own = 'tagName' in node ? attr(node, 'lang') : undefined
    const skipHere = own ? own !== 'es' : skip
    if (node.nodeName === '#text' && !skipHere) parts.push((node as DefaultTreeAdapterMap['textNode']).value)
    if ('tagName' in node && !skipHere) for (const name of ['aria-label', 'title', 'alt', 'content']) if (attr(node, name)) parts.push(attr(node, name)!)
    if ('childNodes' in node) node.childNodes.forEach((child) => visit(child, skipHere))
    if ('content' in node) visit(node.content as Node, skipHere)
  }
  visit(parse(page), false)
  return parts.join(' ')
}

let pages: string[]
let dataset: Array<Record<string, unknown> & {_id: string; _type: string}>
const slugOf = (id: string) => (dataset.find((doc) => doc._id === id)?.slug as {current: string}).current

beforeAll(async () => {
  const entries = await readdir(site, {withFileTypes: true, recursive: true})
  pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => relative(site, join(entry.parentPath, entry.name)))
  dataset = (await readNdjson(inject('fixtureDataset'))) as typeof dataset
})

describe('pages in each language', () => {
  it('have <html lang> of their language: Spanish under /es/, English elsewhere', async () => {
    const spanishPages = pages.filter((path) => path.startsWith('es/'))
    expect(spanishPages.length).toBeGreaterThan(20)
    for (const path of pages) {
      if (path.startsWith('preview/')) continue
      expect(await html(path), path).toContain(`<html lang="${path.startsWith('es/') ? 'es' : 'en'}"`)
    }
  })

  it('give Spanish the site’s own pages, its own 404 page and a feed', async () => {
    for (const path of ['es/index.html', 'es/faq/index.html', 'es/get-help/index.html', 'es/search/index.html', 'es/safety/index.html', 'es/reports/index.html', 'es/careers/index.html', 'es/404.html']) {
      expect(pages, path).toContain(path)
    }
    expect(pages).not.toContain('es/404/index.html')
    const feed = await html('es/reports/rss.xml')
    expect(feed).toContain('<language>es</language>')
  })

  it('write every interface string in Spanish, with the same placeholders', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort())
    for (const [key, text] of Object.entries(english)) {
      const placeholders = (value: string) => [...value.matchAll(/\{\w+\}/g)].map(([name]) => name).sort()
      expect(placeholders(spanish[key as keyof typeof spanish]), key).toEqual(placeholders(text))
    }
  })

  it.each(['es/index.html', 'es/faq/index.html', 'es/get-help/index.html', 'es/search/index.html', 'es/safety/index.html', 'es/reports/index.html', 'es/careers/index.html', 'es/404.html'])(
    '%s shows no English interface text',
    async (path) => {
      const text = textInPageLanguage(await html(path))
      const englishOnly = Object.entries(english).filter(([key, value]) => value.length > 8 && spanish[key as keyof typeof spanish] !== value && !value.includes('<'))
      const shown = englishOnly.map(([, value]) => value.split(/\{\w+\}/)[0]!.trim()).filter((start) => start.length > 8 && text.includes(start))
      expect(shown).toEqual([])
      expect(text).not.toMatch(/\{\w+\}/)
    },
  )
})

describe('alternates', () => {
  it('link each translated page to its other versions, absolute, both ways, with x-default in English', async () => {
    const english = `faq/${slugOf('faq-what-is-human-trafficking')}/index.html`
    const spanish = `es/faq/${slugOf('faq-what-is-human-trafficking-es')}/index.html`
    const fromEnglish = hreflangs(await html(english))
    const fromSpanish = hreflangs(await html(spanish))
    expect(fromEnglish).toEqual({
      en: `https://www.castla.org/${english.replace('index.html', '')}`,
      es: `https://www.castla.org/${spanish.replace('index.html', '')}`,
      'x-default': `https://www.castla.org/${english.replace('index.html', '')}`,
    })
    expect(fromSpanish).toEqual(fromEnglish)
  })

  it('are reciprocal on every page that has them', async () => {
    for (const path of pages) {
      const links = hreflangs(await html(path))
      for (const [lang, url] of Object.entries(links)) {
        if (lang === 'x-default') continue
        const other = `${new URL(url).pathname.slice(1)}index.html`
        expect(hreflangs(await html(other)), `${path} → ${other}`).toEqual(links)
      }
    }
  })

  it('are left out of a page without a translation, and of the 404 pages', async () => {
    expect(hreflangs(await html('faq/long-answer/index.html'))).toEqual({})
    expect(hreflangs(await html('404.html'))).toEqual({})
    expect(hreflangs(await html('es/404.html'))).toEqual({})
  })

  it('are in the sitemap, for the same pages', async () => {
    const sitemap = await html('sitemap-0.xml')
    const spanishAddress = `https://www.castla.org/es/faq/${slugOf('faq-what-is-human-trafficking-es')}/`
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${spanishAddress}"/>`)
    expect(sitemap).not.toContain('/faq/long-answer/"/>')
  })
})

describe('the language switch', () => {
  /** The switch's links: language → address. */
  async function switchOf(path: string): Promise<Record<string, string>> {
    const found: Record<string, string> = {}
    walk(parse(await html(path)), (element) => {
      if (element.tagName === 'nav' && attr(element, 'class') === 'language-switch') {
        walk(element, (link) => {
          if (link.tagName === 'a') found[attr(link, 'hreflang')!] = attr(link, 'href')!
        })
        return false
      }
    })
    return found
  }

  it('leads to the same document in the other language', async () => {
    expect(await switchOf(`faq/${slugOf('faq-what-is-human-trafficking')}/index.html`)).toEqual({es: `/es/faq/${slugOf('faq-what-is-human-trafficking-es')}/`})
    expect(await switchOf(`es/faq/${slugOf('faq-what-is-human-trafficking-es')}/index.html`)).toEqual({en: `/faq/${slugOf('faq-what-is-human-trafficking')}/`})
    expect(await switchOf('es/get-help/index.html')).toEqual({en: '/get-help/'})
  })

  it('leads to the other language’s home when the document has no translation', async () => {
    expect(await switchOf('faq/long-answer/index.html')).toEqual({es: '/es/'})
    expect(await switchOf('es/faq/taller-de-costura/index.html')).toEqual({en: '/'})
  })
})

describe('content in Spanish', () => {
  it('lists only Spanish questions and topics, never untranslated English ones', async () => {
    const faq = await html('es/faq/index.html')
    expect(faq).toContain(SPANISH_WORD)
    expect(faq).not.toContain('What support is available, in full detail?')
    expect(pages.filter((path) => path.startsWith('es/faq/long-answer'))).toEqual([])
  })

  it('lists untranslated reports marked “(en inglés)”, linked to the English page', async () => {
    const list = await html('es/reports/index.html')
    const report = dataset.find((doc) => doc._type === 'report')!
    const link = `<a href="/reports/${(report.slug as {current: string}).current}/" hreflang="en"><span lang="en">`
    expect(list).toContain(link)
    expect(list).toContain('(en inglés)')
    expect(pages.filter((path) => path.startsWith('es/reports/') && path !== 'es/reports/index.html')).toEqual([])
  })

  it('writes dates, pay and structured data for Spanish readers', async () => {
    expect(await html('es/reports/index.html')).toMatch(/\d{1,2} de [a-z]+ de \d{4}/)
    expect(await html('es/careers/index.html')).toContain('$70,000 – $80,000 al año')
    const faq = await html('es/faq/index.html')
    expect(faq).toContain('"inLanguage":"es"')
  })
})

describe('search indexes', () => {
  it('has one index per language', async () => {
    const entry = JSON.parse(await html('pagefind/pagefind-entry.json')) as {languages: Record<string, {page_count: number}>}
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es'])
    expect(entry.languages.es!.page_count).toBeGreaterThan(10)
  })
})
