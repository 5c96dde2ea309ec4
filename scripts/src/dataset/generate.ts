import {EMBEDDED_DATASET, readNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {ranksInOrder} from '@cast/schemas/rules/order-rank'
import {integer, pick, seededRandom} from './random'

/**
 * Realistic synthetic datasets, in the embedded dataset's format, at any size, for benchmarks.
 * Deterministic: the same size and seed give the same file.
 *
 * Mostly FAQ entries (100 to 400 words of rich text, over 10 to 50 categories), plus reports, job
 * openings (some closed) and pages, a few drafts, and the real site settings and hotlines from the
 * embedded dataset, so every page renders as it would in production. Words follow a Zipf
 * distribution over a large vocabulary, as real text does, which is what the search index's
 * size depends on.
 */

export interface GenerateOptions {
  /** Published documents to generate (drafts come on top). */
  size: number
  seed?: number
  /** The dataset the site settings and hotlines come from (default: the embedded dataset). */
  embeddedDataset?: string
}

const SYLLABLES = ['ka', 'ri', 'mo', 'lan', 'te', 'sa', 'vi', 'no', 'pre', 'du', 'ex', 'sol', 'ma', 'ter', 'is', 'con', 'ab', 'or', 'un', 'hel', 'ta', 'gen', 'ly', 'ment']

const BASE_WORDS = (
  'help support hotline call survivor safety service trafficking labor work worker housing shelter family legal advocate case manager ' +
  'interpreter language county federal state law visa employer wage contract debt recruit coercion fraud force report research ' +
  'training community partner policy program care counseling health clinic school youth child adult anonymous free confidential ' +
  'emergency crisis response referral resource night day week month year first next question answer information options rights'
).split(' ')

const STOP_WORDS = 'the of and to a in is for on that with as it be are or by this can you your we our from at not have if an'.split(' ')

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set(BASE_WORDS)
  while (words.size < size) {
    const parts = integer(random, 2, 4)
    words.add(Array.from({length: parts}, () => pick(random, SYLLABLES)).join(''))
  }
  return [...words]
}

/** Draws ranks with a Zipf (s = 1) distribution, so a few words are common and most are rare. */
function zipfSampler(random: () => number, count: number): () => number {
  const weights = Array.from({length: count}, (_, rank) => 1 / (rank + 1))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const cumulative: number[] = []
  let running = 0
  for (const weight of weights) cumulative.push((running += weight / total))
  return () => {
    const target = random()
    let low = 0
    let high = count - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return low
  }
}

export async function generateDataset({size, seed = 1, embeddedDataset = EMBEDDED_DATASET}: GenerateOptions): Promise<DatasetDocument[]> {
  const random = seededRandom(seed)
  const words = vocabulary(random, 12_000)
  const rank = zipfSampler(random, words.length)
  const word = () => (random() < 0.35 ? pick(random, STOP_WORDS) : words[rank()]!)
  const sentence = () => {
    const text = Array.from({length: integer(random, 8, 18)}, word).join(' ')
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  }
  let keyCounter = 0
  const key = () => `k${(keyCounter++).toString(36)}`
  const richText = (wordCount: number) => {
    const blocks: object[] = []
    let written = 0
    while (written < wordCount) {
      const sentences = Array.from({length: integer(random, 2, 5)}, sentence)
      const text = sentences.join(' ')
      written += text.split(' ').length
      const heading = blocks.length > 0 && random() < 0.08
      blocks.push({
        _type: 'block',
        _key: key(),
        style: heading ? 'h2' : 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: key(), text: heading ? sentences[0]!.slice(0, 60) : text, marks: []}],
      })
    }
    return blocks
  }
  const date = (fromYear: number, toYear: number) =>
    `${integer(random, fromYear, toYear)}-${String(integer(random, 1, 12)).padStart(2, '0')}-${String(integer(random, 1, 28)).padStart(2, '0')}`
  const meta = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'generated', language: 'en'}

  const embedded = await readNdjson(embeddedDataset)
  const fixed = embedded.filter((doc) => doc._type === 'siteSettings' || doc._type === 'hotline')
  const documents: DatasetDocument[] = [...fixed]

  const pages = Math.max(5, Math.round(size * 0.02))
  const reports = Math.max(1, Math.round(size * 0.06))
  const jobs = Math.max(2, Math.round(size * 0.02))
  const categories = Math.min(50, Math.max(10, Math.round(size / 200)))
  const faqs = Math.max(1, size - fixed.length - pages - reports - jobs - categories)

  const categoryRanks = ranksInOrder(categories)
  for (let index = 0; index < categories; index++) {
    const title = `${sentence().split(' ').slice(0, 3).join(' ').replace(/\.$/, '')} ${index + 1}`
    documents.push({...meta, _id: `faqCategory-${index}`, _type: 'faqCategory', title, slug: {_type: 'slug', current: `topic-${index}`}, description: sentence(), orderRank: categoryRanks[index]})
  }
  // Questions go round the categories, so each category's questions keep their creation order.
  const faqRanks = ranksInOrder(faqs)
  for (let index = 0; index < faqs; index++) {
    const question = `${sentence().replace(/\.$/, '')}?`
    documents.push({
      ...meta,
      _id: `faq-${index}`,
      _type: 'faq',
      question,
      slug: {_type: 'slug', current: `question-${index}`},
      answer: richText(integer(random, 100, 400)),
      category: {_type: 'reference', _ref: `faqCategory-${index % categories}`},
      orderRank: faqRanks[index],
      ...(index > 3 && random() < 0.3
        ? {related: [1, 2].map((offset) => ({_type: 'reference', _ref: `faq-${index - offset}`, _key: `r${offset}`}))}
        : {}),
    })
  }
  for (let index = 0; index < reports; index++) {
    documents.push({
      ...meta,
      _id: `report-${index}`,
      _type: 'report',
      title: `Report ${index + 1}: ${sentence().split(' ').slice(0, 6).join(' ').replace(/\.$/, '')}`,
      slug: {_type: 'slug', current: `report-${index}`},
      publishedAt: date(2015, 2026),
      summary: sentence() + ' ' + sentence(),
      body: richText(integer(random, 200, 600)),
      topics: [pick(random, BASE_WORDS), pick(random, BASE_WORDS)],
    })
  }
  for (let index = 0; index < jobs; index++) {
    const closed = index % 3 === 0
    documents.push({
      ...meta,
      _id: `jobOpening-${index}`,
      _type: 'jobOpening',
      title: `Position ${index + 1}: ${pick(random, BASE_WORDS)} ${pick(random, BASE_WORDS)}`,
      slug: {_type: 'slug', current: `position-${index}`},
      department: pick(random, ['Client services', 'Policy', 'Operations', 'Development']),
      location: 'Los Angeles, CA',
      employmentType: pick(random, ['full-time', 'part-time', 'contract', 'internship']),
      workplaceType: pick(random, ['on-site', 'hybrid', 'remote']),
      salary: {_type: 'salary', min: 50000 + index * 100, max: 60000 + index * 100, currency: 'USD', unit: 'year'},
      description: richText(integer(random, 150, 300)),
      applyEmail: 'jobs@example.org',
      // A closed posting closed after it was posted, as the Studio requires.
      postedAt: closed ? date(2024, 2024) : date(2024, 2025),
      closesAt: closed ? date(2025, 2025) : date(2098, 2099),
    })
  }
  for (let index = 0; index < pages; index++) {
    documents.push({
      ...meta,
      _id: `page-${index}`,
      _type: 'page',
      title: `Page ${index + 1}: ${sentence().split(' ').slice(0, 4).join(' ').replace(/\.$/, '')}`,
      slug: {_type: 'slug', current: `page-${index}`},
      description: sentence(),
      body: richText(integer(random, 200, 800)),
    })
  }
  // A few drafts, which the site must leave out.
  const drafts = Math.max(1, Math.round(size * 0.01))
  for (let index = 0; index < drafts; index++) {
    const source = documents[fixed.length + categories + ((index * 7) % faqs)]!
    documents.push({...source, _id: `drafts.${source._id}`, question: 'DRAFT ' + String(source.question)})
  }
  return documents
}
