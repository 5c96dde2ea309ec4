import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import sharp from 'sharp'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildResult} from './support/build'
import {writeFixtureDataset} from './support/fixture'

/**
 * What staff set in the Studio's forms reaches the page: a cover's crop and hotspot, a cover left
 * with a description but no image, and related questions that name a deleted question. One build.
 */

/** The embedded dataset's sample cover: 1200 × 630. */
const COVER = 'image@file://./images/sample-annual-report-2025.png'
/** Keeps 70% of the width (1200 → 840) and 70% of the height (630 → 441). */
const CROP = {_type: 'sanity.imageCrop', top: 0.1, bottom: 0.2, left: 0.25, right: 0.05}
const HOTSPOT = {_type: 'sanity.imageHotspot', x: 0.32, y: 0.71, width: 0.2, height: 0.2}

const doc = (fields: Record<string, unknown>) => ({language: 'en', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'test', ...fields})
const report = (name: string, coverImage: object) =>
  doc({_id: `report-${name}`, _type: 'report', title: `Report ${name}`, slug: {_type: 'slug', current: `report-${name}`}, publishedAt: '2024-01-01', summary: 'A report for the cover tests.', coverImage})

const documents = [
  report('cropped', {_type: 'image', _sanityAsset: COVER, alt: 'A cropped cover', crop: CROP, hotspot: HOTSPOT}),
  report('whole', {_type: 'image', _sanityAsset: COVER, alt: 'A whole cover'}),
  // The Studio keeps the description when the image is removed, and an emptied image field keeps its type.
  report('alt-only', {_type: 'image', alt: 'A description left behind'}),
  report('empty-image', {_type: 'image'}),
  doc({
    _id: 'faq-lists-a-deleted-question',
    _type: 'faq',
    question: 'Which questions are related?',
    slug: {_type: 'slug', current: 'lists-a-deleted-question'},
    answer: [{_type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'as', text: 'These.', marks: []}]}],
    category: {_type: 'reference', _ref: 'faqCategory-help'},
    related: [
      {_type: 'reference', _ref: 'faq-deleted-question', _weak: true, _key: 'gone'},
      {_type: 'reference', _ref: 'faq-what-is-human-trafficking', _weak: true, _key: 'there'},
    ],
  }),
]

let work: string
let result: BuildResult
const dist = () => join(work, 'dist')
const page = (path: string) => readFile(join(dist(), path, 'index.html'), 'utf8')

/** The attributes of the page's cover `<img>`, or undefined when it has none. */
async function coverOf(slug: string): Promise<Record<string, string> | undefined> {
  const tag = (await page(`reports/${slug}`)).match(/<img\b[^>]*\bclass="cover\b[^>]*>/)?.[0]
  if (!tag) return undefined
  return Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]))
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-covers-'))
  const dataset = await writeFixtureDataset(join(work, 'dataset'), documents)
  result = await buildSite(dist(), {CONTENT_FILE: dataset})
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('a report’s cover image', () => {
  it('builds', () => {
    expect(result.ok, result.output).toBe(true)
  })

  it('is cut to its crop: the served image and the <img> have the crop’s size', async () => {
    const img = await coverOf('report-cropped')
    expect(img).toMatchObject({width: '840', height: '441'})
    const {width, height, format} = await sharp(await readFile(join(dist(), img!.src!))).metadata()
    expect({width, height, format}).toEqual({width: 840, height: 441, format: 'webp'})
  })

  it('gets its own file for each crop of the same image', async () => {
    const cropped = await coverOf('report-cropped')
    const whole = await coverOf('report-whole')
    expect(whole).toMatchObject({width: '960', height: '504'})
    expect(cropped!.src).not.toBe(whole!.src)
    const {width, height} = await sharp(await readFile(join(dist(), whole!.src!))).metadata()
    expect({width, height}).toEqual({width: 960, height: 504})
  })

  it('keeps its hotspot in view when the page crops it to fit (a class: the CSP forbids style attributes)', async () => {
    // Sanity gives the hotspot in the original's fractions: x 0.32 is 10% into the kept 0.25…0.95, y 0.71 about 90% into 0.1…0.8.
    expect((await coverOf('report-cropped'))!.class!.split(' ').sort()).toEqual(['cover', 'focus-x-10', 'focus-y-90'])
    expect((await coverOf('report-whole'))!.class).toBe('cover')
    const css = (await Promise.all((await page('reports/report-cropped')).match(/\/_astro\/[^"]+\.css/g)!.map((href) => readFile(join(dist(), href), 'utf8')))).join('\n')
    expect(css).toMatch(/\.focus-x-10\{--focus-x:10%\}/)
    expect(css).toMatch(/\.focus-y-90\{--focus-y:90%\}/)
    expect(css).toMatch(/\.cover\{[^}]*object-position:var\(--focus-x,50%\) var\(--focus-y,50%\)/)
  })

  it('without an image is no cover, whatever description is left', async () => {
    expect(await coverOf('report-alt-only')).toBeUndefined()
    expect(await coverOf('report-empty-image')).toBeUndefined()
  })
})

describe('related questions', () => {
  it('list only the questions that still exist', async () => {
    const html = await page('faq/lists-a-deleted-question')
    const related = html.slice(html.indexOf('id="related"'), html.indexOf('</section>', html.indexOf('id="related"')))
    expect([...related.matchAll(/<li><a href="([^"]+)"/g)].map(([, href]) => href)).toEqual(['/faq/what-is-human-trafficking/'])
  })
})
