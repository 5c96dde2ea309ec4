import {DEFAULT_LANGUAGE} from '@cast/schemas/routing/languages'
import {ranksInOrder} from '@cast/schemas/rules/order-rank'
import {faqCategoriesEs, faqsEs} from './es/faq'
import {hotlinesEs} from './es/hotlines'
import {pagesEs} from './es/pages'
import {siteSettingsEs} from './es/settings'
import {faqCategories, faqs} from './faq'
import {hotlines} from './hotlines'
import {pages} from './pages'
import {richText} from './portable-text'
import {jobOpenings, reports, siteSettings} from './reports'

/** The timestamp every seed document carries, so the file is the same on every run. */
const SEEDED_AT = '2026-11-01T09:00:00Z'

export interface SeedDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export type SampleAsset =
  | {kind: 'pdf'; path: string; title: string; pages: number}
  | {kind: 'cover'; path: string; title: string}

/** The languages the seed is written in. Reports and job openings are English only. */
const SPANISH = 'es'
const SEED_LANGUAGES = [DEFAULT_LANGUAGE, SPANISH]

type Fields = Record<string, unknown>

function stamped(_type: string, _id: string, fields: Fields): SeedDocument {
  return {_id, _type, _createdAt: SEEDED_AT, _updatedAt: SEEDED_AT, _rev: 'seed', ...fields}
}

function doc(_type: string, _id: string, fields: Fields, language = DEFAULT_LANGUAGE): SeedDocument {
  return stamped(_type, _id, {...fields, language})
}

/** A translation's id: the English document's id, then `-<language>` (`siteSettings-es`). */
const inLanguage = (id: string, language: string) => (language === DEFAULT_LANGUAGE ? id : `${id}-${language}`)

/** The links between a document and its translations, as the translation plugin writes them. */
function translationGroup(_type: string, id: string): SeedDocument {
  return stamped('translation.metadata', `${id}-translations`, {
    schemaTypes: [_type],
    translations: SEED_LANGUAGES.map((language) => ({
      _key: language,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: {_type: 'reference', _ref: inLanguage(id, language), _weak: true},
    })),
  })
}

/**
 * The Spanish text of each English entry, looked up by the English document's id. A missing or
 * misspelt id stops the seed, so no entry is left untranslated by accident.
 */
export function spanishTexts<T>(texts: Record<string, T>, englishIds: string[], file: string): (id: string) => T {
  const strays = Object.keys(texts).filter((id) => !englishIds.includes(id))
  if (strays.length > 0) {
    throw new Error(`seed/source/es/${file}: no English entry has the id ${strays.join(', ')}. Key each entry by its English document's id.`)
  }
  return (id) => {
    const text = texts[id]
    if (!text) throw new Error(`seed/source/es/${file} has no Spanish text for ${id}. Add an entry under that id.`)
    return text
  }
}

const slug = (current: string) => ({_type: 'slug', current})
const ref = (_ref: string) => ({_type: 'reference', _ref})

/** Every document of the embedded dataset, in a stable order, and the sample files they use. */
export function buildDataset(): {documents: SeedDocument[]; assets: SampleAsset[]} {
  const documents: SeedDocument[] = []
  const assets: SampleAsset[] = []
  const groups: SeedDocument[] = []

  /** Adds an English document, its Spanish translation (fields given per language) and their group. */
  const translated = (_type: string, id: string, fields: (language: string) => Fields) => {
    for (const language of SEED_LANGUAGES) documents.push(doc(_type, inLanguage(id, language), fields(language), language))
    groups.push(translationGroup(_type, id))
  }

  translated('siteSettings', 'siteSettings', (language) => ({
    ...siteSettings,
    ...(language === SPANISH ? siteSettingsEs : {}),
    primaryHotline: ref(inLanguage(siteSettings.primaryHotline, language)),
  }))

  // Each list's place in its source file is its order on the site, as if dragged there in the Studio.
  // A translation takes its original's place.
  const hotlineRanks = ranksInOrder(hotlines.length)
  const hotlineEs = spanishTexts(hotlinesEs, hotlines.map(({_id}) => _id), 'hotlines.ts')
  for (const [index, {_id, ...hotline}] of hotlines.entries()) {
    translated('hotline', _id, (language) => ({
      ...hotline,
      ...(language === SPANISH ? hotlineEs(_id) : {}),
      orderRank: hotlineRanks[index],
    }))
  }

  const categoryRanks = ranksInOrder(faqCategories.length)
  const categoryEs = spanishTexts(faqCategoriesEs, faqCategories.map(({_id}) => _id), 'faq.ts')
  for (const [index, {_id, ...category}] of faqCategories.entries()) {
    translated('faqCategory', _id, (language) => {
      const text = language === SPANISH ? categoryEs(_id) : category
      return {...text, slug: slug(text.slug), orderRank: categoryRanks[index]}
    })
  }

  // One sequence for every question: within a category, questions keep their order in `faq.ts`.
  const faqRanks = ranksInOrder(faqs.length)
  const faqEs = spanishTexts(faqsEs, faqs.map((faq) => `faq-${faq.id}`), 'faq.ts')
  for (const [index, faq] of faqs.entries()) {
    const englishId = `faq-${faq.id}`
    translated('faq', englishId, (language) => {
      const {question, slug: current, answer, searchTerms} = language === SPANISH ? faqEs(englishId) : {...faq, slug: faq.id}
      return {
        question,
        slug: slug(current),
        answer: richText(`${inLanguage(englishId, language)}/answer`, answer),
        ...(searchTerms?.length ? {searchTerms} : {}),
        category: ref(inLanguage(faq.category, language)),
        orderRank: faqRanks[index],
        ...(faq.related?.length
          ? {
              related: faq.related.map((related, index) => ({
                ...ref(inLanguage(`faq-${related}`, language)),
                _weak: true,
                _key: `related${index}`,
              })),
            }
          : {}),
      }
    })
  }

  for (const report of reports) {
    const id = `report-${report.slug}`
    const fields: Record<string, unknown> = {
      title: report.title,
      slug: slug(report.slug),
      publishedAt: report.publishedAt,
      summary: report.summary,
      body: richText(`${id}/body`, report.body),
      topics: report.topics,
    }
    if (report.pdf) {
      const path = `files/${report.pdf}`
      assets.push({kind: 'pdf', path, title: report.title, pages: 3})
      fields.file = {_type: 'file', _sanityAsset: `file@file://./${path}`}
    }
    if (report.cover) {
      const path = `images/${report.cover.file}`
      assets.push({kind: 'cover', path, title: report.title.replace(/^Sample report: /, '')})
      fields.coverImage = {_type: 'image', _sanityAsset: `image@file://./${path}`, alt: report.cover.alt}
    }
    documents.push(doc('report', id, fields))
  }

  for (const {slug: current, description, ...job} of jobOpenings) {
    const id = `jobOpening-${current}`
    documents.push(
      doc('jobOpening', id, {
        ...job,
        slug: slug(current),
        salary: {_type: 'salary', ...job.salary},
        description: richText(`${id}/description`, description),
      }),
    )
  }

  const pageEs = spanishTexts(pagesEs, pages.map((page) => `page-${page.slug}`), 'pages.ts')
  for (const page of pages) {
    const englishId = `page-${page.slug}`
    translated('page', englishId, (language) => {
      const {title, slug: current, description, body} = language === SPANISH ? pageEs(englishId) : page
      return {title, slug: slug(current), description, body: richText(`${inLanguage(englishId, language)}/body`, body)}
    })
  }

  documents.push(...groups)
  return {documents, assets}
}
