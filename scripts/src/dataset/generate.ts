import {EMBEDDED_DATASET, readNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {DEFAULT_LANGUAGE} from '@cast/schemas/routing/languages'
import {ranksInOrder} from '@cast/schemas/rules/order-rank'
import {METADATA_TYPE} from '@cast/schemas/rules/translations'
import {integer, pick, seededRandom} from './random'

/**
 * Realistic synthetic datasets, in the embedded dataset's format, at any size, for benchmarks.
 * Deterministic: the same size and seed give the same file.
 *
 * Mostly FAQ entries (100 to 400 words of rich text, over 10 to 50 categories), plus reports, job
 * openings (some closed) and pages, a few drafts, and the real site settings and hotlines from the
 * embedded dataset in both languages, so every page renders as it would in production. Half the
 * questions, topics and pages are Spanish, with Spanish words and web addresses; nine in ten of
 * them are translations grouped with their English original, the rest are Spanish only, and the
 * English questions beyond them have no translation. Reports are one in ten translated, job
 * openings English only. Words follow a Zipf distribution over a large vocabulary per language,
 * as real text does, which is what each language's search index's size depends on.
 */

export interface GenerateOptions {
  /** Published documents to generate, both languages together (translation groups and drafts come on top). */
  size: number
  seed?: number
  /** The dataset the site settings and hotlines come from (default: the embedded dataset). */
  embeddedDataset?: string
}

/** What text in one language is made of: real words for the common ones, syllables for the rest. */
interface Wording {
  syllables: string[]
  baseWords: string[]
  stopWords: string[]
}

const ENGLISH_WORDING: Wording = {
  syllables: ['ka', 'ri', 'mo', 'lan', 'te', 'sa', 'vi', 'no', 'pre', 'du', 'ex', 'sol', 'ma', 'ter', 'is', 'con', 'ab', 'or', 'un', 'hel', 'ta', 'gen', 'ly', 'ment'],
  baseWords: (
    'help support hotline call survivor safety service trafficking labor work worker housing shelter family legal advocate case manager ' +
    'interpreter language county federal state law visa employer wage contract debt recruit coercion fraud force report research ' +
    'training community partner policy program care counseling health clinic school youth child adult anonymous free confidential ' +
    'emergency crisis response referral resource night day week month year first next question answer information options rights'
  ).split(' '),
  stopWords: 'the of and to a in is for on that with as it be are or by this can you your we our from at not have if an'.split(' '),
}

// Accented syllables and words, so the Spanish index meets what Spanish text has: á, é, ñ, ü.
const SPANISH_WORDING: Wording = {
  syllables: ['ca', 'ri', 'mo', 'lán', 'te', 'sa', 'vi', 'ño', 'pre', 'du', 'es', 'sol', 'ma', 'ter', 'ción', 'con', 'ab', 'or', 'ún', 'gé', 'ta', 'gen', 'lí', 'dad', 'güe', 'rá'],
  baseWords: (
    'ayuda apoyo línea llamada sobreviviente seguridad servicio trata trabajo trabajadora vivienda albergue familia legal defensora caso ' +
    'gestora intérprete idioma condado federal estado ley visa empleador salario contrato deuda reclutamiento coerción fraude fuerza informe ' +
    'investigación capacitación comunidad organización política programa atención consejería salud clínica escuela jóvenes niño adulto ' +
    'anónimo gratuito confidencial emergencia crisis respuesta derivación recurso noche día semana mes año próximo pregunta información derechos'
  ).split(' '),
  stopWords: 'el la de y a en que los las por para con un una es se del al su sus no o como más lo le nos usted también sí'.split(' '),
}

function vocabulary(random: () => number, size: number, {syllables, baseWords}: Wording): string[] {
  const words = new Set(baseWords)
  while (words.size < size) {
    const parts = integer(random, 2, 4)
    words.add(Array.from({length: parts}, () => pick(random, syllables)).join(''))
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

/** Writes text in one language, drawing from the dataset's one random sequence. */
function writer(random: () => number, wording: Wording, key: () => string) {
  const words = vocabulary(random, 12_000, wording)
  const rank = zipfSampler(random, words.length)
  const word = () => (random() < 0.35 ? pick(random, wording.stopWords) : words[rank()]!)
  const sentence = () => {
    const text = Array.from({length: integer(random, 8, 18)}, word).join(' ')
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  }
  /** The first words of a sentence, for titles. */
  const phrase = (count: number) => sentence().split(' ').slice(0, count).join(' ').replace(/\.$/, '')
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
  return {sentence, phrase, richText, topic: () => pick(random, wording.baseWords)}
}

/** The site settings and hotlines come from the embedded dataset, in both languages, with their groups. */
const FIXED_TYPES = ['siteSettings', 'hotline']

function isFixed(doc: DatasetDocument): boolean {
  if (doc._type === METADATA_TYPE) return FIXED_TYPES.includes(String((doc.schemaTypes as unknown[] | undefined)?.[0]))
  return FIXED_TYPES.includes(doc._type)
}

const SPANISH = 'es'

/** One Spanish document in ten is written in Spanish first and has no English version. */
const translates = (index: number) => index % 10 !== 9

const reference = (_ref: string) => ({_type: 'reference', _ref})
const slug = (current: string) => ({_type: 'slug', current})

export async function generateDataset({size, seed = 1, embeddedDataset = EMBEDDED_DATASET}: GenerateOptions): Promise<DatasetDocument[]> {
  const random = seededRandom(seed)
  let keyCounter = 0
  const key = () => `k${(keyCounter++).toString(36)}`
  const en = writer(random, ENGLISH_WORDING, key)
  const es = writer(random, SPANISH_WORDING, key)
  const date = (fromYear: number, toYear: number) =>
    `${integer(random, fromYear, toYear)}-${String(integer(random, 1, 12)).padStart(2, '0')}-${String(integer(random, 1, 28)).padStart(2, '0')}`
  const stamp = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'generated'}

  const fixed = (await readNdjson(embeddedDataset)).filter(isFixed)
  const documents: DatasetDocument[] = [...fixed]
  const groups: DatasetDocument[] = []
  const add = (_type: string, _id: string, language: string, fields: Record<string, unknown>): DatasetDocument => {
    const document: DatasetDocument = {...stamp, _id, _type, language, ...fields}
    documents.push(document)
    return document
  }
  /** Links an English document and its Spanish translation, as the translation plugin does. */
  const pair = (_type: string, englishId: string, spanishId: string) =>
    groups.push({
      ...stamp,
      _id: `${englishId}-translations`,
      _type: METADATA_TYPE,
      schemaTypes: [_type],
      translations: [
        [DEFAULT_LANGUAGE, englishId],
        [SPANISH, spanishId],
      ].map(([language, _ref]) => ({_key: language, _type: 'internationalizedArrayReferenceValue', language, value: {...reference(_ref!), _weak: true}})),
    })
  /** A Spanish document's id: its English original's id and `-es`, or its own number when it has none. */
  const spanishId = (type: string, index: number) => (translates(index) ? `${type}-${index}-${SPANISH}` : `${type}-${SPANISH}-${index}`)

  // Counts over both languages; translation groups and drafts come on top.
  const fixedCount = fixed.filter((doc) => doc._type !== METADATA_TYPE).length
  const pages = Math.max(6, Math.round(size * 0.02))
  const reports = Math.max(2, Math.round(size * 0.06))
  const jobs = Math.max(2, Math.round(size * 0.02))
  const categories = Math.min(25, Math.max(5, Math.round(size / 400)))
  const faqs = Math.max(2, size - fixedCount - pages - reports - jobs - 2 * categories)
  const half = (count: number) => [Math.ceil(count / 2), Math.floor(count / 2)] as const
  const [englishFaqs, spanishFaqs] = half(faqs)
  const [englishPages, spanishPages] = half(pages)
  // Reports stay mostly English: one in ten has a Spanish version.
  const spanishReports = Math.max(1, Math.round(reports / 10))
  const englishReports = reports - spanishReports

  // Every topic has its Spanish version, in the same place of the list.
  const categoryRanks = ranksInOrder(categories)
  for (let index = 0; index < categories; index++) {
    const englishId = `faqCategory-${index}`
    add('faqCategory', englishId, DEFAULT_LANGUAGE, {title: `${en.phrase(3)} ${index + 1}`, slug: slug(`topic-${index}`), description: en.sentence(), orderRank: categoryRanks[index]})
    add('faqCategory', `${englishId}-${SPANISH}`, SPANISH, {title: `${es.phrase(3)} ${index + 1}`, slug: slug(`tema-${index}`), description: es.sentence(), orderRank: categoryRanks[index]})
    pair('faqCategory', englishId, `${englishId}-${SPANISH}`)
  }
  // Questions go round the categories, so each category's questions keep their creation order;
  // a translation takes its original's place.
  const faqRanks = ranksInOrder(englishFaqs)
  const related = (index: number, id: (index: number) => string) =>
    index > 3 && random() < 0.3 ? {related: [1, 2].map((offset) => ({...reference(id(index - offset)), _key: `r${offset}`}))} : {}
  const englishFaqDocuments: DatasetDocument[] = []
  for (let index = 0; index < englishFaqs; index++) {
    englishFaqDocuments.push(
      add('faq', `faq-${index}`, DEFAULT_LANGUAGE, {
        question: `${en.sentence().replace(/\.$/, '')}?`,
        slug: slug(`question-${index}`),
        answer: en.richText(integer(random, 100, 400)),
        category: reference(`faqCategory-${index % categories}`),
        orderRank: faqRanks[index],
        ...related(index, (other) => `faq-${other}`),
      }),
    )
  }
  for (let index = 0; index < spanishFaqs; index++) {
    add('faq', spanishId('faq', index), SPANISH, {
      question: `¿${es.sentence().replace(/\.$/, '')}?`,
      slug: slug(`pregunta-${index}`),
      answer: es.richText(integer(random, 100, 400)),
      category: reference(`faqCategory-${index % categories}-${SPANISH}`),
      orderRank: faqRanks[index],
      ...related(index, (other) => spanishId('faq', other)),
    })
    if (translates(index)) pair('faq', `faq-${index}`, spanishId('faq', index))
  }
  for (let index = 0; index < englishReports; index++) {
    const report = add('report', `report-${index}`, DEFAULT_LANGUAGE, {
      title: `Report ${index + 1}: ${en.phrase(6)}`,
      slug: slug(`report-${index}`),
      publishedAt: date(2015, 2026),
      summary: en.sentence() + ' ' + en.sentence(),
      body: en.richText(integer(random, 200, 600)),
      topics: [en.topic(), en.topic()],
    })
    if (index >= spanishReports) continue
    add('report', `${report._id}-${SPANISH}`, SPANISH, {
      title: `Informe ${index + 1}: ${es.phrase(6)}`,
      slug: slug(`informe-${index}`),
      publishedAt: report.publishedAt,
      summary: es.sentence() + ' ' + es.sentence(),
      body: es.richText(integer(random, 200, 600)),
      topics: [es.topic(), es.topic()],
    })
    pair('report', report._id, `${report._id}-${SPANISH}`)
  }
  for (let index = 0; index < jobs; index++) {
    const closed = index % 3 === 0
    add('jobOpening', `jobOpening-${index}`, DEFAULT_LANGUAGE, {
      title: `Position ${index + 1}: ${en.topic()} ${en.topic()}`,
      slug: slug(`position-${index}`),
      department: pick(random, ['Client services', 'Policy', 'Operations', 'Development']),
      location: 'Los Angeles, CA',
      employmentType: pick(random, ['full-time', 'part-time', 'contract', 'internship']),
      workplaceType: pick(random, ['on-site', 'hybrid', 'remote']),
      salary: {_type: 'salary', min: 50000 + index * 100, max: 60000 + index * 100, currency: 'USD', unit: 'year'},
      description: en.richText(integer(random, 150, 300)),
      applyEmail: 'jobs@example.org',
      // A closed posting closed after it was posted, as the Studio requires.
      postedAt: closed ? date(2024, 2024) : date(2024, 2025),
      closesAt: closed ? date(2025, 2025) : date(2098, 2099),
    })
  }
  for (let index = 0; index < englishPages; index++) {
    add('page', `page-${index}`, DEFAULT_LANGUAGE, {title: `Page ${index + 1}: ${en.phrase(4)}`, slug: slug(`page-${index}`), description: en.sentence(), body: en.richText(integer(random, 200, 800))})
  }
  for (let index = 0; index < spanishPages; index++) {
    add('page', spanishId('page', index), SPANISH, {title: `Página ${index + 1}: ${es.phrase(4)}`, slug: slug(`pagina-${index}`), description: es.sentence(), body: es.richText(integer(random, 200, 800))})
    if (translates(index)) pair('page', `page-${index}`, spanishId('page', index))
  }
  documents.push(...groups)
  // A few drafts, which the site must leave out.
  const drafts = Math.max(1, Math.round(size * 0.01))
  for (let index = 0; index < drafts; index++) {
    const source = englishFaqDocuments[(index * 7) % englishFaqs]!
    documents.push({...source, _id: `drafts.${source._id}`, question: 'DRAFT ' + String(source.question)})
  }
  return documents
}
