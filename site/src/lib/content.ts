import {getCollection, type CollectionEntry} from 'astro:content'
import {isOpen, todayInLosAngeles} from './dates'
import {coverImage, pdfFile, type CoverImage, type PdfFile} from './media'

/** Read access to the build's content, in the order and shape pages need. */

export type Settings = CollectionEntry<'settings'>['data']
export type Hotline = CollectionEntry<'hotlines'>['data']
export type Faq = CollectionEntry<'faqs'>['data']
export type FaqCategory = CollectionEntry<'faqCategories'>['data']
export type JobOpening = CollectionEntry<'jobOpenings'>['data']
export type Page = CollectionEntry<'pages'>['data']
export type Report = CollectionEntry<'reports'>['data'] & {pdf?: PdfFile; cover?: CoverImage}

/** A collection's entries in the order its GROQ query returned them. */
const data = async <T extends 'settings' | 'hotlines' | 'faqs' | 'faqCategories' | 'jobOpenings' | 'pages' | 'reports'>(name: T) =>
  (await getCollection(name))
    .map((entry) => entry.data as CollectionEntry<T>['data'])
    .sort((a, b) => a._position - b._position)

export async function getSettings(): Promise<Settings> {
  const [settings] = await data('settings')
  if (!settings) throw new Error('The site settings document is missing.')
  return settings
}

/** Hotlines in the order the query gives: emergency numbers first, then by `order`. */
export const getHotlines = () => data('hotlines')

export async function getFaqs(): Promise<Faq[]> {
  return data('faqs')
}

/** Categories in order, each with its questions in order; empty categories are left out. */
export async function getFaqsByCategory(): Promise<Array<{category: FaqCategory; faqs: Faq[]}>> {
  const [categories, faqs] = await Promise.all([data('faqCategories'), getFaqs()])
  return categories
    .map((category) => ({category, faqs: faqs.filter((faq) => faq.category._id === category._id)}))
    .filter((group) => group.faqs.length > 0)
}

let reports: Promise<Report[]> | undefined

/** Reports newest first, with their PDF and cover image resolved to files this site serves. */
export function getReports(): Promise<Report[]> {
  reports ??= data('reports').then((list) =>
    Promise.all(
      list.map(async (report) => ({
        ...report,
        pdf: report.file ? await pdfFile(report.file, report._id) : undefined,
        cover: report.coverImage ? await coverImage(report.coverImage, report._id) : undefined,
      })),
    ),
  )
  return reports
}

/** Job openings still open today in Los Angeles, newest first. */
export async function getOpenJobs(today: string = todayInLosAngeles()): Promise<JobOpening[]> {
  return (await data('jobOpenings')).filter((job) => isOpen(job, today))
}

export const getPages = () => data('pages')
