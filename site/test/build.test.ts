import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, inject, it} from 'vitest'
import {RARE_WORD, UNPUBLISHED_MARKERS} from './support/fixture'
import {elements, files} from './support/html'

const site = inject('fixtureSite')

const html = (path: string) => readFile(join(site, path), 'utf8')

/** The page with every double-quoted attribute value emptied, leaving tags and text. */
const withoutAttributeValues = (page: string) => page.replace(/="[^"]*"/g, '=""')

function jsonLd(page: string): Array<Record<string, unknown>> {
  return [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!))
}

let all: string[]
beforeAll(async () => {
  all = await files(site)
})

describe('routes', () => {
  it('builds every stable route', () => {
    for (const path of [
      'index.html',
      'get-help/index.html',
      'faq/index.html',
      'faq/what-is-human-trafficking/index.html',
      'reports/index.html',
      'reports/sample-annual-report-2025/index.html',
      'reports/rss.xml',
      'careers/index.html',
      'careers/sample-case-manager/index.html',
      'search/index.html',
      'safety/index.html',
      'about/index.html',
      'what-we-do/index.html',
      'policy/index.html',
      'ways-to-give/index.html',
      'contact/index.html',
      '404.html',
      'sitemap-index.xml',
      'robots.txt',
      '_headers',
      'pagefind/pagefind.js',
    ]) {
      expect(all, path).toContain(path)
    }
  })

  it('lists open positions only: a past closing date means no listing and no page', async () => {
    expect(all).toContain('careers/future-position/index.html')
    expect(all).not.toContain('careers/past-position/index.html')
    expect(all).not.toContain('careers/sample-closed-posting/index.html')
    const careers = await html('careers/index.html')
    expect(careers).toContain('Future position')
    expect(careers).not.toContain('Past position')
  })
})

describe('unpublished content', () => {
  it('never reaches a page, the sitemap or the search index', async () => {
    const texts = await Promise.all(
      all.filter((path) => /\.(html|xml|json|txt|js)$/.test(path) || path.startsWith('pagefind/')).map((path) => readFile(join(site, path))),
    )
    const everything = Buffer.concat(texts).toString('latin1')
    for (const marker of UNPUBLISHED_MARKERS) expect(everything, marker).not.toContain(marker)
    expect(all).not.toContain('faq/unpublished-new/index.html')
    // The published versions of the drafted documents are still there.
    expect(await html('faq/what-is-cast/index.html')).toContain('<h1>What is Cast?</h1>')
  })
})

describe('content', () => {
  it('renders Spanish, Chinese and Arabic text intact', async () => {
    const page = await html('faq/ayuda-en-espanol/index.html')
    expect(page).toContain('¿Qué hago si necesito ayuda en español?')
    expect(page).toContain('Niños y niñas')
    expect(page).toContain('如果您需要帮助，请拨打热线。')
    expect(page).toContain('إذا كنت بحاجة إلى مساعدة')
  })

  it('renders a 50 KB answer in full', async () => {
    const page = await html('faq/long-answer/index.html')
    expect(page.length).toBeGreaterThan(50_000)
    expect(page).toContain(RARE_WORD)
  })

  it('escapes markup in content and drops unsafe links', async () => {
    const page = await html('faq/hostile-content/index.html')
    expect(page).toContain('&lt;script&gt;window.__xss = &quot;question&quot;&lt;/script&gt;Is this page safe?')
    expect(page).toContain('&lt;img src=x onerror=')
    // Markup characters may stand in double-quoted attribute values (the HTML parser treats them
    // as text there); outside attributes they must be escaped.
    expect(withoutAttributeValues(page)).not.toMatch(/<script>window\.__xss|<img src=x/)
    expect(page).not.toContain('href="javascript:')
    expect(page).not.toContain('href="data:')
    expect(page).toContain('A javascript link')
    expect(page).toMatch(/href="https:\/\/example\.org\/&quot; onmouseover=&quot;window\.__xss = &#x27;attr&#x27;"|href="https:\/\/example\.org\/&quot; onmouseover=&quot;window\.__xss = &#39;attr&#39;"/)
  })

  it('links every hotline with an E.164 tel: link, and texts with sms:', async () => {
    const page = await html('get-help/index.html')
    for (const href of ['tel:911', 'tel:+18885392373', 'tel:+18883737888', 'tel:+18007997233', 'tel:+18006564673', 'tel:+18663319474', 'tel:+18007862929', 'sms:233733']) {
      expect(page, href).toContain(`href="${href}"`)
    }
    expect(page.indexOf('Emergency services')).toBeLessThan(page.indexOf('Cast Human Trafficking Hotline'))
    expect(page).toContain('888-KEY-2-FREE (888-539-2373)')
  })

  it('shows the PDF size and the cover image with its description, served from this site', async () => {
    const page = await html('reports/sample-annual-report-2025/index.html')
    expect(page).toMatch(/Download the report \(PDF, 2\.\d KB\)/)
    const img = /<img class="cover" src="(\/media\/[^"]+\.webp)" alt="([^"]+)" width="(\d+)" height="(\d+)"/.exec(page)
    expect(img?.[2]).toBe('Cover of the sample report: the title in white on a deep teal background')
    expect(all).toContain(img![1]!.slice(1))
  })

  it('lists reports newest first and publishes them as RSS', async () => {
    const list = await html('reports/index.html')
    expect(list.indexOf('A year of the hotline')).toBeLessThan(list.indexOf('Policy brief'))
    expect(list.indexOf('Policy brief')).toBeLessThan(list.indexOf('Research note'))
    const rss = await html('reports/rss.xml')
    expect(rss).toContain('<link>https://www.castla.org/reports/sample-annual-report-2025/</link>')
  })
})

describe('on every page', () => {
  it('has the hotline, the 911 notice, the quick exit, a skip link, landmarks and the CSP', async () => {
    const pages = all.filter((path) => path.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(30)
    for (const path of pages) {
      const page = await html(path)
      expect(page, path).toContain('href="tel:+18885392373"')
      expect(page, path).toContain(path.startsWith('es/') ? 'Si su vida corre peligro, llame al 911.' : 'If your life is in danger, call 911.')
      expect(page, path).toMatch(/<a class="quick-exit__button" href="https:\/\/weather\.com\/"/)
      expect(page, path).toContain('<a class="skip-link" href="#main">')
      expect(page, path).toMatch(/<main id="main"/)
      expect(page, path).toContain(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`)
      // Nothing inline that the policy would block, and nothing from another host.
      expect(page, path).not.toMatch(/<style|\sstyle="/)
      for (const script of elements(page, 'script')) {
        const {type, src} = script
        expect(type === 'application/ld+json' || (type === 'module' && src?.startsWith('/_astro/')), `${path}: <script type=${type} src=${src}>`).toBe(true)
      }
      expect(page, path).not.toMatch(/(src|href)="(https?:)?\/\/(?!www\.castla\.org)[^"]*\.(js|css|woff2?|png|jpe?g|webp|svg)"/)
    }
  })

  it('ships the same policy in _headers for CDN hosts', async () => {
    const headers = await html('_headers')
    expect(headers).toContain("Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")
    expect(headers).toContain("frame-ancestors 'none'")
    expect(headers).toContain('Referrer-Policy: no-referrer')
  })
})

describe('structured data', () => {
  it('describes the organisation with the hotline as its contact point', async () => {
    const [org] = jsonLd(await html('index.html'))
    expect(org).toMatchObject({'@type': 'NGO', name: 'Cast', contactPoint: [{telephone: '+18885392373', contactType: 'emergency'}]})
  })

  it('marks the FAQ page as FAQPage with every published question', async () => {
    const [faq] = jsonLd(await html('faq/index.html'))
    const questions = (faq!.mainEntity as Array<{name: string}>).map((question) => question.name)
    expect(faq!['@type']).toBe('FAQPage')
    expect(questions).toContain('What is human trafficking?')
    expect(questions).toContain('¿Qué hago si necesito ayuda en español?')
    expect(questions.join(' ')).not.toContain('SECRET')
  })

  it('gives each job a JobPosting with pay and closing date', async () => {
    const [job] = jsonLd(await html('careers/future-position/index.html'))
    expect(job).toMatchObject({
      '@type': 'JobPosting',
      title: 'Future position',
      // The end of the closing day in Los Angeles, under daylight saving time in June.
      validThrough: '2099-06-30T23:59:59-07:00',
      employmentType: 'CONTRACTOR',
      baseSalary: {currency: 'USD', value: {minValue: 70000, maxValue: 80000, unitText: 'YEAR'}},
    })
  })

  it('gives link previews a title, description, canonical address and, for reports, the cover', async () => {
    const page = await html('reports/sample-annual-report-2025/index.html')
    const meta = Object.fromEntries(elements(page, 'meta').filter((tag) => tag.property).map((tag) => [tag.property, tag.content]))
    expect(meta).toMatchObject({
      'og:site_name': 'Cast',
      'og:title': 'Sample report: A year of the hotline',
      'og:type': 'article',
      'og:url': 'https://www.castla.org/reports/sample-annual-report-2025/',
    })
    expect(meta['og:image']).toMatch(/^https:\/\/www\.castla\.org\/media\/[0-9a-f]{16}-sample-annual-report-2025\.webp$/)
    expect(elements(page, 'link').find((link) => link.rel === 'canonical')?.href).toBe('https://www.castla.org/reports/sample-annual-report-2025/')
  })

  it('carries no preview banner and no noindex on a published page', async () => {
    const page = await html('faq/what-is-human-trafficking/index.html')
    expect(page).not.toContain('Preview — not published')
    expect(elements(page, 'meta').filter((tag) => tag.name === 'robots')).toEqual([])
  })

  it('keeps content from closing the JSON-LD script element', async () => {
    const page = await html('faq/index.html')
    expect(page).toContain('\\u003cscript>window.__xss')
  })
})

describe('without JavaScript', () => {
  it('lists every answer on the FAQ page, each under its own anchor', async () => {
    const page = await html('faq/index.html')
    const anchors = [...page.matchAll(/<div class="faq-item__body" id="([^"]+)">/g)].map((match) => match[1])
    expect(anchors).toContain('what-is-human-trafficking')
    expect(anchors).toContain('long-answer')
    expect(anchors.length).toBe((await readdir(join(site, 'faq'))).filter((name) => name !== 'index.html' && name !== 'topics').length)
    expect(page).toContain('<details class="faq-item">')
  })
})

describe('web addresses', () => {
  /** The built file a path on this site serves, or undefined when the site has none. */
  const builtFile = (path: string) => {
    const file = decodeURIComponent(path.replace(/[?#].*$/, '')).replace(/^\//, '')
    return [file, `${file}index.html`].find((candidate) => all.includes(candidate))
  }
  const onThisSite = (url: string) => (url.startsWith('https://www.castla.org/') ? url.slice('https://www.castla.org'.length) : url)

  // Links within pages: links.test.ts.
  it('links the sitemap, the feed and the structured data to pages the site built', async () => {
    const paths = new Set<string>()
    for (const path of all.filter((name) => name.endsWith('.html'))) {
      const page = await html(path)
      for (const data of jsonLd(page)) {
        for (const [, url] of JSON.stringify(data).matchAll(/"url":"(https:\/\/www\.castla\.org\/[^"]*)"/g)) paths.add(onThisSite(url!))
      }
    }
    const sitemap = await readFile(join(site, 'sitemap-0.xml'), 'utf8')
    const feed = await readFile(join(site, 'reports/rss.xml'), 'utf8')
    for (const [, url] of [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), ...feed.matchAll(/<link>([^<]+)<\/link>/g)]) paths.add(onThisSite(url!))
    for (const path of ['/faq/what-is-human-trafficking/', '/reports/sample-annual-report-2025/', '/careers/sample-case-manager/', '/about/']) {
      expect(paths).toContain(path)
    }
    expect([...paths].filter((path) => !path.startsWith('/') || builtFile(path) === undefined)).toEqual([])
  })
})
