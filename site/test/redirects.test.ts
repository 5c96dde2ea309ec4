import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildResult} from './support/build'
import {writeFixtureDataset} from './support/fixture'

const answer = [{_type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'as', text: 'An answer.', marks: []}]}]

const movedFaq = (id: string, slug: string, previousSlugs: unknown[], language = 'en') => ({
  _id: id,
  _type: 'faq',
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  _rev: 'redirects',
  language,
  question: `Where is ${slug}?`,
  slug: {_type: 'slug', current: slug},
  previousSlugs,
  answer,
  category: {_type: 'reference', _ref: 'faqCategory-help'},
  order: 60,
})

let work: string
let build: BuildResult
let redirects: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-redirects-'))
  const dataset = await writeFixtureDataset(join(work, 'dataset'), [
    // `what-is-cast` is another question's live page; `/faq/topics/` is the site's own.
    movedFaq('faq-moved', 'where-to-start', ['old-start', 'what-is-cast', 'where-to-start', 'bad\n/ /evil 200']),
    movedFaq('faq-moved-es', 'por-donde-empezar', ['donde-empezar'], 'es'),
    movedFaq('faq-moved-too', 'topics-moved', ['topics']),
  ])
  build = await buildSite(join(work, 'dist'), {CONTENT_FILE: dataset})
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`)
  redirects = await readFile(join(work, 'dist', '_redirects'), 'utf8')
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('_redirects', () => {
  it('leads each earlier address, with and without its slash, to the current page', () => {
    const lines = redirects.split('\n').filter((line) => line && !line.startsWith('#'))
    expect(lines).toEqual(
      expect.arrayContaining(['/faq/old-start/ /faq/where-to-start/ 301', '/faq/old-start /faq/where-to-start/ 301', '/es/faq/donde-empezar/ /es/faq/por-donde-empezar/ 301']),
    )
  })

  it('leaves out an old address a live page has, and says which documents meet there', () => {
    expect(redirects).not.toContain('/faq/what-is-cast')
    expect(build.output).toContain('Document faq-moved (faq) used to be at /faq/what-is-cast/, which is now document faq-what-is-cast')
    expect(redirects).not.toMatch(/^\/faq\/topics/m)
    expect(build.output).toContain('Document faq-moved-too (faq) used to be at /faq/topics/, which is now a page of the site')
  })

  it('writes no line of its own for an address that is not a clean slug', () => {
    expect(redirects).not.toContain('evil')
    expect(build.output).toContain('Document faq-moved (faq) has the earlier web address "bad\\n/ /evil 200"')
    expect(redirects.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(4)
  })
})
