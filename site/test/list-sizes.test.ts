import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from './support/build'
import {writeFixtureDataset} from './support/fixture'
import {PAGE_BUDGET, pageWeight} from 'scripts/measure/page-weight'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-empty-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('a site with no open positions and no reports', () => {
  it('says so plainly instead of showing empty lists', async () => {
    const dataset = await writeFixtureDataset(join(work, 'data'), [], (doc) => doc._type !== 'jobOpening' && doc._type !== 'report')
    const dist = join(work, 'dist')
    const result = await buildSite(dist, {CONTENT_FILE: dataset})
    expect(result.ok, result.output).toBe(true)
    expect(await readFile(join(dist, 'careers', 'index.html'), 'utf8')).toContain('We have no open positions right now.')
    expect(await readFile(join(dist, 'reports', 'index.html'), 'utf8')).toContain('No reports have been published yet.')
    expect(await readdir(join(dist, 'careers'))).toEqual(['index.html'])
    expect(await readFile(join(dist, 'index.html'), 'utf8')).not.toContain('Latest reports')
  })
})

describe('a site with many questions and reports', () => {
  const answer = (index: number) => [
    {_type: 'block', _key: `a${index}`, style: 'normal', markDefs: [], children: [{_type: 'span', _key: `s${index}`, text: `Answer number ${index}. ${'Help is available at any hour, in many languages. '.repeat(12)}`, marks: []}]},
  ]
  const many = [
    ...Array.from({length: 45}, (_, index) => ({
      _id: `faq-many-${index}`, _type: 'faq', _updatedAt: '2026-01-01T00:00:00Z', language: 'en',
      question: `Question number ${index}?`, slug: {_type: 'slug', current: `question-number-${index}`},
      answer: answer(index), category: {_type: 'reference', _ref: 'faqCategory-help'}, orderRank: `0|z${String(index).padStart(5, '0')}:`,
    })),
    ...Array.from({length: 25}, (_, index) => ({
      _id: `report-many-${index}`, _type: 'report', _updatedAt: '2026-01-01T00:00:00Z', language: 'en',
      title: `Report number ${index}`, slug: {_type: 'slug', current: `report-number-${index}`},
      publishedAt: `2020-01-${String(index + 1).padStart(2, '0')}`, summary: `Summary ${index}.`,
    })),
  ]
  let dist: string
  beforeAll(async () => {
    const dataset = await writeFixtureDataset(join(work, 'many'), many)
    dist = join(work, 'many-dist')
    const result = await buildSite(dist, {CONTENT_FILE: dataset})
    expect(result.ok, result.output).toBe(true)
  })

  it('lists topics on /faq/ and pages the answers of each topic, 20 to a page', async () => {
    const index = await readFile(join(dist, 'faq', 'index.html'), 'utf8')
    expect(index).toContain('href="/faq/topics/getting-help/"')
    expect(index).not.toContain('class="faq-item__body"')
    const first = await readFile(join(dist, 'faq', 'topics', 'getting-help', 'index.html'), 'utf8')
    expect(first.match(/class="faq-item__body"/g)).toHaveLength(20)
    expect(first).toContain('href="/faq/topics/getting-help/page/2/" rel="next"')
    const last = await readFile(join(dist, 'faq', 'topics', 'getting-help', 'page', '3', 'index.html'), 'utf8')
    // 5 seed questions in this topic and 45 more: 50 answers on 3 pages.
    expect(last.match(/class="faq-item__body"/g)).toHaveLength(10)
    expect(last).toContain('id="question-number-44"')
  })

  it('pages the reports list', async () => {
    const first = await readFile(join(dist, 'reports', 'index.html'), 'utf8')
    expect(first.match(/<li><h2><a href="\/reports\//g)).toHaveLength(20)
    const second = await readFile(join(dist, 'reports', 'page', '2', 'index.html'), 'utf8')
    expect(second.match(/<li><h2><a href="\/reports\//g)).toHaveLength(8)
    expect(second).toContain('href="/reports/" rel="prev"')
  })

  it('keeps every list page within the weight budget', async () => {
    for (const path of ['/faq/', '/faq/topics/getting-help/', '/faq/topics/getting-help/page/3/', '/reports/', '/reports/page/2/']) {
      expect((await pageWeight(dist, path)).total, path).toBeLessThanOrEqual(PAGE_BUDGET)
    }
  })
})
