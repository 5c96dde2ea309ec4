import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {readNdjson} from '@cast/schemas/dataset'
import {LANGUAGE_IDS} from '@cast/schemas/routing/languages'
import {reservedSlugs, SITE_FILES, SITE_ROUTES, SLUG_PREFIXES, type SluggedType} from '@cast/schemas/routing/reserved-paths'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {withoutControlCharacters} from '../src/content/control-characters'
import {pageHref} from '../src/lib/paging'
import {isSafeHref, renderRichText} from '../src/lib/rich-text'
import {buildSite} from './support/build'
import {SITE_ROOT, writeFixtureDataset} from './support/fixture'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-content-safety-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

/** Builds from the embedded dataset plus `extra`, and returns the build's output. */
async function buildWith(name: string, extra: object[]) {
  const dataset = await writeFixtureDataset(join(work, name), extra)
  return buildSite(join(work, name, 'dist'), {CONTENT_FILE: dataset})
}

const block = (key: string, text: string, markDefs: object[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children: [{_type: 'span', _key: `${key}s`, text, marks}],
})

const base = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'safety'}

function faq(id: string, slug: string, fields: Record<string, unknown> = {}) {
  return {
    ...base,
    language: 'en',
    _id: id,
    _type: 'faq',
    question: `Question ${id}?`,
    slug: {_type: 'slug', current: slug},
    answer: [block('a', `Answer of ${id}.`)],
    category: {_type: 'reference', _ref: 'faqCategory-help'},
    orderRank: '0|z00090:',
    ...fields,
  }
}

function page(id: string, slug: string) {
  return {...base, language: 'en', _id: id, _type: 'page', title: `Page ${id}`, slug: {_type: 'slug', current: slug}, body: [block('b', 'Text.')]}
}

function job(id: string, slug: string) {
  return {
    ...base,
    language: 'en',
    _id: id,
    _type: 'jobOpening',
    title: `Job ${id}`,
    slug: {_type: 'slug', current: slug},
    location: 'Los Angeles, CA',
    employmentType: 'full-time',
    workplaceType: 'on-site',
    salary: {_type: 'salary', min: 60000, max: 70000, currency: 'USD', unit: 'year'},
    description: [block('d', 'The work.')],
    applyEmail: 'jobs@example.org',
    postedAt: '2026-01-01',
    closesAt: '2099-01-01',
  }
}

describe('the reserved addresses are the site’s own', () => {
  /**
   * Names of `site/src/pages/<prefix>` and `site/src/pages/[...lang]/<prefix>` (the routes every
   * language has), as the addresses they take under that prefix.
   */
  async function routesUnder(prefix: string): Promise<string[]> {
    const pagingSegment = pageHref('/', 2).split('/')[1]!
    const names = new Set<string>()
    for (const folder of [join(SITE_ROOT, 'src', 'pages', prefix), join(SITE_ROOT, 'src', 'pages', '[...lang]', prefix)]) {
      const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
      for (const entry of entries) {
        const name = entry.isFile() ? entry.name.replace(/\.(astro|ts)$/, '') : entry.name
        if (name === 'index' || name === '[...lang]' || /^\[[^.]/.test(name)) continue
        names.add(name.startsWith('[...') ? pagingSegment : name)
      }
    }
    return [...names].sort()
  }

  it.each(Object.entries(SLUG_PREFIXES) as Array<[SluggedType, string]>)('%s: matches site/src/pages%s', async (type, prefix) => {
    expect([...SITE_ROUTES[type]].sort()).toEqual(await routesUnder(prefix))
  })

  it.each(Object.entries(SLUG_PREFIXES) as Array<[SluggedType, string]>)('%s: covers every name a built site has at %s that is not a document', async (type, prefix) => {
    const slugs = (await readNdjson(inject('fixtureDataset')))
      .filter((doc) => doc._type === type && !doc._id.includes('.'))
      .map((doc) => (doc.slug as {current?: string} | undefined)?.current)
    const names = (await readdir(join(inject('fixtureSite'), prefix))).filter((name) => !['index.html', '404.html'].includes(name) && !slugs.includes(name))
    expect(names.filter((name) => !reservedSlugs(type).includes(name))).toEqual([])
  })

  it('keeps the language codes and the named folders and files from pages', () => {
    expect(reservedSlugs('page')).toEqual(expect.arrayContaining([...SITE_FILES, ...LANGUAGE_IDS, 'pagefind', 'media', '_astro', 'preview', 'build.json', 'robots.txt', 'sitemap-index.xml']))
  })
})

describe('links in rich text follow the link policy of the Studio', () => {
  const link = (href: string) => [block('l', 'go', [{_type: 'link', _key: 'k', href}], ['k'])]

  it.each(['/\\evil.example/', '/\\/evil.example/', '/\t/evil.example/', 'https://evil .example/', 'https:// evil.example/', 'https://exa\tmple.org/', 'java\tscript:alert(1)'])(
    'shows %j as plain text',
    (href) => {
      expect(isSafeHref(href)).toBe(false)
      expect(renderRichText(link(href))).toBe('<p>go</p>')
    },
  )

  it.each(['https://example.org/a b', ' /get-help/ ', 'tel:+1 888 539 2373'])('still links %j', (href) => {
    expect(isSafeHref(href)).toBe(true)
    expect(renderRichText(link(href))).toContain('<a href="')
  })
})

describe('control characters', () => {
  it('are removed from every string of a document, at any depth', () => {
    const dirty = {a: 'x\u0000y\u202Ez', b: [{c: '\u2066\u0007\u009F\u007Fok\u2069'}], keep: 'tab\tline\ncr\r\u200Fمرحبا', n: 3, nothing: null}
    expect(withoutControlCharacters(dirty)).toEqual({a: 'xyz', b: [{c: 'ok'}], keep: 'tab\tline\ncr\r\u200Fمرحبا', n: 3, nothing: null})
  })
})

describe('content that would silently break pages stops the build', () => {
  it('names both documents of one type that use the same web address, and each unclean or reserved one', async () => {
    const result = await buildWith('faq-slugs', [
      faq('faq-dup-a', 'same-question'),
      faq('faq-dup-b', 'same-question'),
      faq('faq-topics', 'topics'),
      faq('faq-climb', '../x'),
      faq('faq-folder', 'a/b'),
      faq('faq-encoded', '%2e%2e'),
    ])
    expect(result.ok).toBe(false)
    expect(result.output).toContain('Documents faq-dup-a and faq-dup-b (faq) both use the web address “same-question” (/faq/same-question/): change one of them in the Studio.')
    expect(result.output).toContain('Document faq-topics (faq) uses the web address “topics” (/faq/topics/), which the site uses for its own pages: change it in the Studio.')
    for (const [id, slug] of [['faq-climb', '../x'], ['faq-folder', 'a/b'], ['faq-encoded', '%2e%2e']]) {
      expect(result.output).toContain(`Document ${id} (faq) has the web address “${slug}”, which is not one path segment of lowercase letters, digits and dashes`)
    }
  })

  it('refuses pages at the site’s own addresses', async () => {
    const result = await buildWith('page-slugs', [
      page('page-faq', 'faq'),
      page('page-media', 'media'),
      page('page-pagefind', 'pagefind'),
      page('page-spanish', 'es'),
      page('page-build-json', 'build.json'),
      page('page-robots', 'robots.txt'),
    ])
    expect(result.ok).toBe(false)
    for (const [id, slug] of [['page-faq', 'faq'], ['page-media', 'media'], ['page-pagefind', 'pagefind'], ['page-spanish', 'es']]) {
      expect(result.output).toContain(`Document ${id} (page) uses the web address “${slug}” (/${slug}/), which the site uses for its own pages`)
    }
    expect(result.output).toContain('Document page-build-json (page) has the web address “build.json”, which is not one path segment')
    expect(result.output).toContain('Document page-robots (page) has the web address “robots.txt”, which is not one path segment')
  })

  it('refuses a job posting at the address of the paged list of positions', async () => {
    const result = await buildWith('job-slugs', [job('jobOpening-paging', 'page')])
    expect(result.ok).toBe(false)
    expect(result.output).toContain('Document jobOpening-paging (jobOpening) uses the web address “page” (/careers/page/), which the site uses for its own pages')
  })
})

describe('content that builds, made safe', () => {
  let dist: string
  let output: string
  beforeAll(async () => {
    const result = await buildWith('clean', [
      faq('faq-controls', 'controls', {question: 'Is\u0000 this \u202Esafe\u2066?', answer: [block('c', 'Plain\u0007 words\u202D only.')]}),
      faq('faq-links', 'links', {
        answer: [
          block('l1', 'backslash link', [{_type: 'link', _key: 'k1', href: '/\\evil.example/'}], ['k1']),
          block('l2', 'spaced host link', [{_type: 'link', _key: 'k2', href: 'https://evil .example/'}], ['k2']),
        ],
      }),
      faq('faq-english', 'shared-address', {language: 'en'}),
      faq('faq-spanish', 'shared-address', {language: 'es', question: '¿Pregunta en español?'}),
    ])
    output = result.output
    dist = join(work, 'clean', 'dist')
    expect(result.ok, result.output).toBe(true)
  })

  it('builds documents of two languages that share a web address', () => {
    expect(output).not.toMatch(/both use the web address/)
  })

  it('leaves out NUL, bell and bidi controls from pages and structured data', async () => {
    const html = await readFile(join(dist, 'faq', 'controls', 'index.html'), 'utf8')
    expect(html).toContain('Is this safe?')
    expect(html).toContain('Plain words only.')
    expect(html).not.toMatch(/[\u0000\u0007\u202D\u202E\u2066]/)
    const index = await readFile(join(dist, 'faq', 'index.html'), 'utf8')
    expect(index).not.toMatch(/[\u0000\u0007\u202D\u202E\u2066]/)
  })

  it('renders a backslash link and a link with a space in its host as text', async () => {
    const html = await readFile(join(dist, 'faq', 'links', 'index.html'), 'utf8')
    expect(html).toContain('backslash link')
    expect(html).toContain('spaced host link')
    expect(html).not.toMatch(/<a [^>]*href="[^"]*evil/)
  })
})
