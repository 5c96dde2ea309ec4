import {readNdjson} from '@cast/schemas/dataset'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parse} from 'parse5'
import {beforeAll, describe, expect, inject, it} from 'vitest'
import {SOCIAL_LINKS} from './support/fixture'
import {attr, elements, walk} from './support/html'

/** Ways to give, contact details and the organisation's name, from the site settings to every page. */
const site = inject('fixtureSite')
const html = (path: string) => readFile(join(site, path), 'utf8')

interface Settings {
  title: string
  fullName: string
  donateUrl: string
  newsletterUrl: string
  email: string
}
let settings: Settings

beforeAll(async () => {
  const dataset = await readNdjson(inject('fixtureDataset'))
  settings = dataset.find((doc) => doc._id === 'siteSettings') as unknown as Settings
})

/** The links in the page's footer, as [text, href]. */
function footerLinks(page: string): Array<[string, string]> {
  const links: Array<[string, string]> = []
  walk(parse(page), (element) => {
    if (element.tagName !== 'footer') return
    walk(element, (link) => {
      if (link.tagName === 'a') links.push([text(link), attr(link, 'href')!])
    })
    return false
  })
  return links
}

function text(element: Parameters<Parameters<typeof walk>[1]>[0]): string {
  const parts: string[] = []
  const visit = (node: (typeof element.childNodes)[number]) => {
    if (node.nodeName === '#text') parts.push((node as {value: string}).value)
    if ('childNodes' in node) node.childNodes.forEach(visit)
  }
  element.childNodes.forEach(visit)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

const title = (page: string) => /<title>(.*?)<\/title>/s.exec(page)?.[1]

describe('the organisation’s name', () => {
  it('is in full in the home page’s title, and every other title ends with the site’s name', async () => {
    expect(settings.fullName).toBe('Coalition to Abolish Slavery and Trafficking')
    for (const home of ['index.html', 'es/index.html']) expect(title(await html(home))).toBe(`${settings.title} | ${settings.fullName}`)
    for (const path of ['faq/index.html', 'get-help/index.html', 'es/faq/index.html', 'contact/index.html']) {
      expect(title(await html(path))).toMatch(new RegExp(` \\| ${settings.title}$`))
    }
  })

  it('is in every footer and in the organisation’s structured data', async () => {
    for (const path of ['index.html', 'faq/index.html', 'es/index.html', '404.html']) {
      expect(await html(path)).toContain(`${settings.title}, ${settings.fullName}`)
    }
    const [data] = elements(await html('index.html'), 'script').filter((script) => script.type === 'application/ld+json')
    expect(data, 'the home page has structured data').toBeDefined()
    expect(await html('index.html')).toContain(`"legalName":"${settings.fullName}"`)
  })
})

describe('ways to give', () => {
  it('puts the donation page, the newsletter and every social profile in every page’s footer, in each language', async () => {
    for (const path of ['index.html', 'reports/index.html', 'es/index.html', 'es/get-help/index.html']) {
      const links = footerLinks(await html(path))
      const hrefs = links.map(([, href]) => href)
      expect(hrefs, path).toContain(settings.donateUrl)
      expect(hrefs, path).toContain(settings.newsletterUrl)
      for (const profile of SOCIAL_LINKS) expect(links, path).toContainEqual([expect.stringContaining(profile.label), profile.url])
    }
    expect(footerLinks(await html('es/index.html'))).toContainEqual(['Haga una donación', settings.donateUrl])
  })

  it('leads from the ways-to-give page to the donation page, the newsletter and the open positions', async () => {
    for (const [path, careers] of [['ways-to-give/index.html', '/careers/'], ['es/formas-de-donar/index.html', '/es/careers/']] as const) {
      const hrefs = elements(await html(path), 'a').map((link) => link.href)
      expect(hrefs, path).toEqual(expect.arrayContaining([settings.donateUrl, settings.newsletterUrl, careers]))
    }
  })
})

describe('the contact page', () => {
  it('gives the office, media and training addresses, linked from every footer', async () => {
    for (const [path, contact] of [['contact/index.html', '/contact/'], ['es/contacto/index.html', '/es/contacto/']] as const) {
      const hrefs = elements(await html(path), 'a').map((link) => link.href)
      expect(hrefs, path).toEqual(expect.arrayContaining(['tel:+12133651906', `mailto:${settings.email}`, 'mailto:mediarequests@castla.org']))
      expect(await html(path)).toContain('3580 Wilshire Blvd')
      expect(footerLinks(await html(path.replace(/contact(o)?\/index/, 'index'))).map(([, href]) => href)).toContain(contact)
    }
    const training = /<h2[^>]*>Training<\/h2>(.*?)(<h2|<\/main>)/s.exec(await html('contact/index.html'))?.[1]
    expect(training, 'the contact page has a Training section').toBeDefined()
    expect(training).toContain(`mailto:${settings.email}`)
  })
})
