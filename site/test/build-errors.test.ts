import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from './support/build'
import {writeFixtureDataset} from './support/fixture'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-build-errors-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

/** Builds from the embedded dataset plus `extra`, and returns the build's output. */
async function buildWith(name: string, extra: object[]) {
  const dataset = await writeFixtureDataset(join(work, name), extra)
  return buildSite(join(work, name, 'dist'), {CONTENT_FILE: dataset})
}

describe('a document that does not fit stops the build', () => {
  it('names the document, its type, the field and what was wrong', async () => {
    const result = await buildWith('no-answer', [
      {_id: 'faq-broken', _type: 'faq', question: 'Where is the answer?', slug: {current: 'broken'}, category: {_type: 'reference', _ref: 'faqCategory-help'}},
    ])
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/Document faq-broken \(faq\) does not fit the site: answer: /)
  })

  it('reports a reference to a category that is not published', async () => {
    const result = await buildWith('lost-category', [
      {_id: 'faq-orphan', _type: 'faq', question: 'Orphan?', slug: {current: 'orphan'}, answer: [{_type: 'block', _key: 'a', children: [{_type: 'span', _key: 's', text: 'x'}]}], category: {_type: 'reference', _ref: 'faqCategory-gone'}},
    ])
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/Document faq-orphan \(faq\) does not fit the site: .*category: the category is missing or not published/)
  })

  it('reports a job posting without a pay range', async () => {
    const result = await buildWith('no-salary', [
      {_id: 'jobOpening-nopay', _type: 'jobOpening', title: 'No pay', slug: {current: 'no-pay'}, location: 'LA', employmentType: 'full-time', workplaceType: 'remote', description: [{_type: 'block', _key: 'a', children: []}], applyEmail: 'a@b.org', postedAt: '2026-01-01'},
    ])
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/Document jobOpening-nopay \(jobOpening\) does not fit the site: salary: /)
  })

  it('names the line of a malformed dataset file', async () => {
    const file = join(work, 'malformed.ndjson')
    await writeFile(file, '{"_id":"siteSettings","_type":"siteSettings"}\n{not json}\n')
    const result = await buildSite(join(work, 'malformed-dist'), {CONTENT_FILE: file})
    expect(result.ok).toBe(false)
    expect(result.output).toContain(`${file}, line 2 is not valid JSON`)
  })
})
