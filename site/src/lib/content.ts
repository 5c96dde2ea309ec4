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

type Collection = 'settings' | 'hotlines' | 'faqs' | 'faqCategories' | 'jobOpenings' | 'pages' | 'reports'

// Content does not change during a build, and every page asks for the settings and the pages
// (for the layout): each collection is read and sorted once, not once per page. The dev server
// reloads content as it changes, so there nothing is kept.
const cache = new Map<Collection, Promise<unknown[]>>()
const keep = import.meta.env.PROD

/** A collection's entries in the order its GROQ query returned them. */
function data<T extends Collection>(name: T): Promise<Array<CollectionEntry<T>['data']>> {
  let entries = cache.get(name)
  if (!entries) {
    entries = getCollection(name).then((list) =>
      list.map((entry) => entry.data as CollectionEntry<T>['data']).sort((a, b) => a._position - b._position),
    )
    if (keep) cache.set(name, entries)
  }
  return entries as Promise<Array<CollectionEntry<T>['data']>>
}

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
  if (!keep) reports = undefined
  reports ??= data('reports').then((list) =>
    Promise.all(
      list.map(async (report) => ({
        ...report,
        pdf: report.file ? await pdfFile(report.file, {documentId: report._id, field: 'file'}) : undefined,
        cover: report.coverImage ? await coverImage(report.coverImage, {documentId: report._id, field: 'coverImage'}) : undefined,
      })),
    ),
  )
  return reports
}

/** Job openings still open today in Los Angeles, newest first. */
export async function getOpenJobs(today: string = todayInLosAngeles()): Promise<JobOpening[]> {
  return (await data('jobOpenings')).filter((job) => isOpen(job, today))
}

/** The organisation's pages the footer links to, in this order, when they exist. */
const FOOTER_PAGES = ['about', 'what-we-do', 'policy', 'ways-to-give', 'contact']

let footer: Promise<Page[]> | undefined

/** The pages linked from every page's footer: a fixed few, so the footer does not grow with the site. */
export function getFooterPages(): Promise<Page[]> {
  if (!keep) footer = undefined
  footer ??= getPages().then((pages) =>
    FOOTER_PAGES.flatMap((slug) => pages.filter((page) => page.slug === slug)),
  )
  return footer
}

export const getPages = () => data('pages')
