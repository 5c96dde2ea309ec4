import {faqCategories, faqs} from './faq'
import {ranksInOrder} from '@cast/schemas/rules/order-rank'
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

function doc(_type: string, _id: string, fields: Record<string, unknown>): SeedDocument {
  return {
    _id,
    _type,
    _createdAt: SEEDED_AT,
    _updatedAt: SEEDED_AT,
    _rev: 'seed',
    ...fields,
    language: 'en',
  }
}

const slug = (current: string) => ({_type: 'slug', current})
const ref = (_ref: string) => ({_type: 'reference', _ref})

/** Every document of the embedded dataset, in a stable order, and the sample files they use. */
export function buildDataset(): {documents: SeedDocument[]; assets: SampleAsset[]} {
  const documents: SeedDocument[] = []
  const assets: SampleAsset[] = []

  documents.push(
    doc('siteSettings', 'siteSettings', {
      ...siteSettings,
      primaryHotline: ref(siteSettings.primaryHotline),
    }),
  )

  // Each list's place in its source file is its order on the site, as if dragged there in the Studio.
  const hotlineRanks = ranksInOrder(hotlines.length)
  for (const [index, {_id, ...hotline}] of hotlines.entries()) documents.push(doc('hotline', _id, {...hotline, orderRank: hotlineRanks[index]}))

  const categoryRanks = ranksInOrder(faqCategories.length)
  for (const [index, {_id, slug: current, ...category}] of faqCategories.entries()) {
    documents.push(doc('faqCategory', _id, {...category, slug: slug(current), orderRank: categoryRanks[index]}))
  }

  // One sequence for every question: within a category, questions keep their order in `faq.ts`.
  const faqRanks = ranksInOrder(faqs.length)
  for (const [index, faq] of faqs.entries()) {
    const id = `faq-${faq.id}`
    documents.push(
      doc('faq', id, {
        question: faq.question,
        slug: slug(faq.id),
        answer: richText(`${id}/answer`, faq.answer),
        category: ref(faq.category),
        orderRank: faqRanks[index],
        ...(faq.related?.length
          ? {
              related: faq.related.map((related, index) => ({
                ...ref(`faq-${related}`),
                _weak: true,
                _key: `related${index}`,
              })),
            }
          : {}),
      }),
    )
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

  for (const page of pages) {
    const id = `page-${page.slug}`
    documents.push(
      doc('page', id, {
        title: page.title,
        slug: slug(page.slug),
        description: page.description,
        body: richText(`${id}/body`, page.body),
      }),
    )
  }

  return {documents, assets}
}
