import {todayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {getCollection, type CollectionEntry, type CollectionKey} from 'astro:content'
import {isOpen} from '../lib/dates'
import {once} from './build-memo'
import {coverImage, pdfFile, type CoverImage, type PdfFile} from './media'

/** Read access to the build's content, in the order and shape pages need. */

export type Settings = CollectionEntry<'settings'>['data']
export type Faq = CollectionEntry<'faqs'>['data']
export type FaqCategory = CollectionEntry<'faqCategories'>['data']
export type JobOpening = CollectionEntry<'jobOpenings'>['data']
type Page = CollectionEntry<'pages'>['data']
export type Report = CollectionEntry<'reports'>['data'] & {pdf?: PdfFile; cover?: CoverImage}

/** The collections of documents; `buildInfo` is the build's own record, read by `build.json`. */
type Collection = Exclude<CollectionKey, 'buildInfo'>

// Every page asks for the settings and the footer, so a build reads each collection once (in
// the build memo, with the reports' files resolved). The dev server reloads content as it
// changes, so there nothing is kept.
const keep = import.meta.env.PROD

function read<T>(key: Collection | 'footer pages', load: () => Promise<T>): Promise<T> {
  return keep ? once(`read ${key}`, load) : load()
}

/** A collection's entries in the order its GROQ query returned them. */
async function inQueryOrder<T extends Collection>(name: T): Promise<Array<CollectionEntry<T>['data']>> {
  const entries = await getCollection(name)
  return entries.map((entry) => entry.data as CollectionEntry<T>['data']).sort((a, b) => a._position - b._position)
}

function data<T extends Collection>(name: T): Promise<Array<CollectionEntry<T>['data']>> {
  return read(name, () => inQueryOrder(name))
}

export async function getSettings(): Promise<Settings> {
  const [settings] = await data('settings')
  if (!settings) throw new Error('The site settings document is missing.')
  return settings
}

/** Hotlines in the order the query gives: emergency numbers first, then as staff ordered them in the Studio. */
export const getHotlines = () => data('hotlines')

export const getFaqs = (): Promise<Faq[]> => data('faqs')

/** Categories in order, each with its questions in order; empty categories are left out. */
export async function getFaqsByCategory(): Promise<Array<{category: FaqCategory; faqs: Faq[]}>> {
  const [categories, faqs] = await Promise.all([data('faqCategories'), getFaqs()])
  return categories
    .map((category) => ({category, faqs: faqs.filter((faq) => faq.category._id === category._id)}))
    .filter((group) => group.faqs.length > 0)
}

/** Reports newest first, with their PDF and cover image resolved to files this site serves. */
export function getReports(): Promise<Report[]> {
  return read('reports', async () =>
    Promise.all(
      (await inQueryOrder('reports')).map(async (report) => ({
        ...report,
        pdf: report.file ? await pdfFile(report.file, {documentId: report._id, field: 'file'}) : undefined,
        cover: report.coverImage ? await coverImage(report.coverImage, {documentId: report._id, field: 'coverImage'}) : undefined,
      })),
    ),
  )
}

/** Job openings still open today in Los Angeles, newest first. */
export async function getOpenJobs(today: string = todayInLosAngeles()): Promise<JobOpening[]> {
  return (await data('jobOpenings')).filter((job) => isOpen(job, today))
}

export const getPages = () => data('pages')

/** The organisation's pages the footer links to, in this order, when they exist. */
const FOOTER_PAGES = ['about', 'what-we-do', 'policy', 'ways-to-give', 'contact']

/** The pages linked from every page's footer: a fixed few, so the footer does not grow with the site. */
export function getFooterPages(): Promise<Page[]> {
  return read('footer pages', async () => {
    const pages = await getPages()
    return FOOTER_PAGES.flatMap((slug) => pages.filter((page) => page.slug === slug))
  })
}
