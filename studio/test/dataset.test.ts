import {DatasetFileError as DatasetFormatError, EMBEDDED_DATASET, parseNdjson} from '@cast/schemas/dataset'
import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {generateDataset} from 'scripts/dataset/generate'
import {formatProblem, validateDataset} from '../dataset/validate'
import {buildDataset} from '../seed/source/dataset'
import {seed} from './helpers'

const run = promisify(execFile)
const studioDir = join(import.meta.dirname, '..')

describe('the embedded dataset', () => {
  it('passes Sanity validation against the Studio schema, document by document', async () => {
    const problems = await validateDataset(seed)
    // The sample closed posting is kept for the record: staff are told it no longer shows.
    expect(problems.map(formatProblem)).toEqual([
      'warning: jobOpening-sample-closed-posting (jobOpening) closesAt: This date has passed: the posting no longer shows on the site. Choose a later date to open it again.',
    ])
  })

  it('has the same rules as the datasets generated for benchmarks', async () => {
    // Benchmarks measure content the Studio would publish: a generated dataset has no errors.
    const problems = await validateDataset(await generateDataset({size: 300}))
    expect(problems.filter((problem) => problem.level === 'error').map(formatProblem)).toEqual([])
  })

  it('is what the seed sources generate', async () => {
    const expected = buildDataset().documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
    expect(await readFile(EMBEDDED_DATASET, 'utf8')).toBe(expected)
  })

  it('holds every hotline with its published number', () => {
    const hotlines = Object.fromEntries(
      seed.filter((doc) => doc._type === 'hotline' && doc.language === 'en').map((doc) => [doc.name, [doc.phone, doc.vanity]]),
    )
    expect(hotlines).toEqual({
      'Emergency services': ['911', undefined],
      'Cast Human Trafficking Hotline': ['888-539-2373', '888-KEY-2-FREE'],
      'National Human Trafficking Hotline': ['888-373-7888', undefined],
      'National Domestic Violence Hotline': ['1-800-799-7233', '1-800-799-SAFE'],
      'National Sexual Assault Hotline': ['1-800-656-4673', '1-800-656-HOPE'],
      'National Teen Dating Hotline': ['1-866-331-9474', undefined],
      'National Runaway Safeline': ['1-800-786-2929', '1-800-RUNAWAY'],
    })
  })

  it('has at least 12 questions in 3 or more categories, every category used', () => {
    const faqs = seed.filter((doc) => doc._type === 'faq')
    const categories = new Set(faqs.map((doc) => (doc.category as {_ref: string})._ref))
    expect(faqs.length).toBeGreaterThanOrEqual(12)
    expect(categories.size).toBeGreaterThanOrEqual(3)
    expect(seed.filter((doc) => doc._type === 'faqCategory').map((doc) => doc._id).sort()).toEqual([...categories].sort())
  })

  it('has the organisation pages and one site settings document per language', () => {
    const slugs = seed.filter((doc) => doc._type === 'page' && doc.language === 'en').map((doc) => (doc.slug as {current: string}).current)
    expect(slugs.sort()).toEqual(['about', 'contact', 'policy', 'ways-to-give', 'what-we-do'])
    const settings = seed.filter((doc) => doc._type === 'siteSettings').map((doc) => [doc.language, doc._id])
    expect(settings).toEqual([
      ['en', 'siteSettings'],
      ['es', 'siteSettings-es'],
    ])
  })

  it('marks every report and job opening as a sample', () => {
    for (const doc of seed.filter((doc) => doc._type === 'report' || doc._type === 'jobOpening')) {
      expect(doc.title, doc._id).toMatch(/^Sample (report|posting): /)
    }
  })

  it('tags every public document with a language, English or Spanish, as document internationalization expects', () => {
    const untagged = seed.filter((doc) => doc._type !== 'translation.metadata' && !['en', 'es'].includes(doc.language as string))
    expect(untagged.map((doc) => doc._id)).toEqual([])
  })

  it('ships the sample files its reports point to', async () => {
    const paths = seed.flatMap((doc) =>
      [doc.file, doc.coverImage].flatMap((asset) => {
        const ref = (asset as {_sanityAsset?: string} | undefined)?._sanityAsset
        return ref ? [ref.replace(/^(file|image)@file:\/\/\.\//, '')] : []
      }),
    )
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const bytes = await readFile(join(studioDir, 'seed', path))
      expect(bytes.length, path).toBeGreaterThan(1000)
    }
  })
})

describe('reading a dataset file', () => {
  it('names the line of malformed JSON', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"faq"}\n{"_id": oops}\n', 'content.ndjson')).toThrow(
      /content\.ndjson, line 2 is not valid JSON/,
    )
  })

  it('names the line of a document without _id or _type', () => {
    expect(() => parseNdjson('\n{"_type":"faq"}', 'x.ndjson')).toThrow(new DatasetFormatError('x.ndjson, line 2 has no _id.'))
    expect(() => parseNdjson('{"_id":"a"}', 'x.ndjson')).toThrow(/line 1 \(a\) has no _type/)
    expect(() => parseNdjson('[1]', 'x.ndjson')).toThrow(/line 1 is not a document/)
  })

  it('reports a document of an unknown type', async () => {
    const problems = await validateDataset([{_id: 'x', _type: 'newsletter'}])
    expect(problems.map(formatProblem)).toEqual(['error: x (newsletter) _type: Unknown document type “newsletter”.'])
  })
})

describe('the dataset check command', () => {
  it('exits 1 and lists each broken document with id, field and message', async () => {
    const broken = join(import.meta.dirname, 'fixtures', 'broken.ndjson')
    const failure = await run('pnpm', ['exec', 'tsx', 'dataset/check.ts', broken], {cwd: studioDir}).then(
      () => {
        throw new Error('the check passed a broken dataset')
      },
      (error: {code: number; stdout: string}) => error,
    )
    expect(failure.code).toBe(1)
    expect(failure.stdout).toContain('error: hotline-wrong-vanity (hotline) vanity: 888-KEY-3-FREE dials')
    expect(failure.stdout).toContain('error: faq-no-question (faq) question: Write the question.')
    expect(failure.stdout).toMatch(/: 2 errors, 0 warnings\./)
  })
})
