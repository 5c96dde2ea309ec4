import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildResult} from './support/build'
import {writeFixtureDataset} from './support/fixture'

/**
 * The site shows hotlines, FAQ categories and the questions in each in the order staff set by
 * dragging them in the Studio (`orderRank`), not alphabetically. Each fixture's rank order is the
 * reverse of its title order. One build.
 */

const doc = (fields: Record<string, unknown>) => ({language: 'en', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'test', ...fields})
const answer = [{_type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'as', text: 'An answer.', marks: []}]}]
const hotline = (name: string, orderRank: string, fields: object = {}) =>
  doc({_id: `hotline-${name.split(' ')[0]!.toLowerCase()}`, _type: 'hotline', name, phone: '213-555-0100', orderRank, ...fields})
const category = (title: string, orderRank: string) =>
  doc({_id: `faqCategory-${title.split(' ')[0]!.toLowerCase()}`, _type: 'faqCategory', title, slug: {_type: 'slug', current: title.split(' ')[0]!.toLowerCase()}, orderRank})
const question = (text: string, categoryId: string, orderRank: string) =>
  doc({_id: `faq-${text.split(' ')[0]!.toLowerCase()}`, _type: 'faq', question: text, slug: {_type: 'slug', current: text.split(' ')[0]!.toLowerCase()}, answer, category: {_type: 'reference', _ref: categoryId}, orderRank})

const documents = [
  // Ranks as the Studio writes them, after every rank in the embedded dataset.
  hotline('Zulu Line', '0|x00000:', {emergency: false}),
  // Written without the switch (an import, or a script): not an emergency number either.
  hotline('Alpha Line', '0|y00000:'),
  category('Zoology questions', '0|x00000:'),
  category('Anatomy questions', '0|y00000:'),
  question('Zinc question?', 'faqCategory-zoology', '0|x00000:'),
  question('Argon question?', 'faqCategory-zoology', '0|y00000:'),
  question('Boron question?', 'faqCategory-anatomy', '0|z00000:'),
]

let work: string
let result: BuildResult
const page = (path: string) => readFile(join(work, 'dist', path, 'index.html'), 'utf8')

/** Where each text first appears in the page, to compare their order. */
function positions(html: string, texts: string[]): number[] {
  return texts.map((text) => {
    const at = html.indexOf(text)
    if (at < 0) throw new Error(`The page does not show "${text}".`)
    return at
  })
}
const ascending = (numbers: number[]) => numbers.every((value, index) => index === 0 || value > numbers[index - 1]!)

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-order-'))
  const dataset = await writeFixtureDataset(join(work, 'dataset'), documents)
  result = await buildSite(join(work, 'dist'), {CONTENT_FILE: dataset})
})
afterAll(() => rm(work, {recursive: true, force: true}))

describe('the order staff set in the Studio', () => {
  it('builds', () => {
    expect(result.ok, result.output).toBe(true)
  })

  it('lists hotlines by their rank, after the emergency number', async () => {
    const html = await page('get-help')
    expect(ascending(positions(html, ['Emergency services', 'Zulu Line', 'Alpha Line'])), 'Emergency services, Zulu Line, Alpha Line').toBe(true)
  })

  it('lists FAQ categories, and the questions in each, by their rank', async () => {
    // The headings and answers, not the topic links or the JSON-LD, which list them too.
    const html = await page('faq')
    const sections = ['id="topic-zoology"', 'id="zinc"', 'id="argon"', 'id="topic-anatomy"', 'id="boron"']
    expect(ascending(positions(html, sections)), 'Zoology (Zinc, Argon), then Anatomy (Boron)').toBe(true)
  })
})
