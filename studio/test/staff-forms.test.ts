import {schemaTypes} from '@cast/schemas'
import {todayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {evaluate, parse} from 'groq-js'
import {describe, expect, it} from 'vitest'
import {reportsQuery} from '../../site/src/content/queries'
import * as shapes from '../../site/src/content/shapes'
import {validateDataset} from '../dataset/validate'
import {seed, seedDocument} from './helpers'

/**
 * What staff see in the forms and lists: related questions that may be deleted, a warning for a
 * closing date already past, and dates in previews written the way people in Los Angeles write them.
 */

interface Preview {
  select: Record<string, string>
  prepare: (value: Record<string, unknown>) => {title?: string; subtitle?: string}
}

function previewOf(name: string): Preview {
  const type = schemaTypes.find((candidate) => candidate.name === name) as {preview?: Preview} | undefined
  if (!type?.preview) throw new Error(`The document type ${name} has no preview.`)
  return type.preview
}

/** Validation problems of one document, checked among the whole embedded dataset. */
async function problemsOf(document: ReturnType<typeof seedDocument>) {
  const others = seed.filter((doc) => doc._id !== document._id)
  return (await validateDataset([...others, document])).filter((problem) => problem.id === document._id)
}

describe('related questions', () => {
  it('may name a question that has been deleted', async () => {
    const faq = seedDocument('faq-what-is-human-trafficking')
    faq.related = [{_type: 'reference', _ref: 'faq-deleted-question', _weak: true, _key: 'gone'}]
    expect(await problemsOf(faq)).toEqual([])
  })

  it('are stored as weak references in the embedded dataset', () => {
    const refs = seed.flatMap((doc) => (doc._type === 'faq' ? ((doc.related ?? []) as Array<{_ref: string; _weak?: boolean}>) : []))
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) expect(ref._weak, `related ${ref._ref}`).toBe(true)
  })
})

describe('a job opening’s closing date', () => {
  const job = (closesAt: string) => ({...seedDocument(seed.find((doc) => doc._type === 'jobOpening')!._id), postedAt: '2000-01-01', closesAt})

  it('already past gets a warning, not an error: closed jobs are kept for the record', async () => {
    const problems = await problemsOf(job('2000-01-31'))
    expect(problems.map(({level, path, message}) => ({level, path, message}))).toEqual([
      {level: 'warning', path: 'closesAt', message: 'This date has passed: the posting no longer shows on the site. Choose a later date to open it again.'},
    ])
  })

  it('today, in Los Angeles, is not past', async () => {
    expect(await problemsOf(job(todayInLosAngeles()))).toEqual([])
  })
})

describe('previews write dates as people do', () => {
  it('shows when a job posting was posted and when it closes', () => {
    const {prepare} = previewOf('jobOpening')
    expect(prepare({title: 'Case manager', location: 'Los Angeles, CA', postedAt: '2026-03-03', closesAt: '2026-06-30'}).subtitle).toBe(
      'Los Angeles, CA · Posted March 3, 2026 · Closes June 30, 2026',
    )
    expect(prepare({title: 'Case manager', postedAt: '2026-01-01'}).subtitle).toBe('Posted January 1, 2026 · Open until filled')
  })

  it('shows when a report was published, on the day it was, in any time zone', () => {
    const {prepare} = previewOf('report')
    expect(prepare({title: 'Annual report', date: '2025-03-03'}).subtitle).toBe('Published March 3, 2025')
    // Midnight UTC on 1 January is still 31 December in Los Angeles: a plain date must not shift.
    expect(prepare({title: 'Annual report', date: '2025-01-01'}).subtitle).toBe('Published January 1, 2025')
    expect(prepare({title: 'Annual report'}).subtitle).toBe('No publication date')
  })
})

describe('a cover image left without a file', () => {
  // Removing the image in the Studio keeps its description; an emptied image field keeps its type.
  it.each([
    ['a description', {_type: 'image', alt: 'A description left behind'}],
    ['nothing', {_type: 'image'}],
  ])('with %s passes the Studio, and the site reads it as no cover', async (_, coverImage) => {
    const report = {...seedDocument(seed.find((doc) => doc._type === 'report')!._id), coverImage}
    expect((await problemsOf(report)).filter((problem) => problem.level === 'error')).toEqual([])
    const read = (await (await evaluate(parse(reportsQuery), {dataset: [report]})).get()) as unknown[]
    const parsed = shapes.report.safeParse(read[0])
    expect(parsed.error?.issues ?? []).toEqual([])
    expect(parsed.data?.coverImage).toBeNull()
  })
})
