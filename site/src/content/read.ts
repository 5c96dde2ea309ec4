import {DEFAULT_LANGUAGE, siteSettingsId} from '@cast/schemas/routing/languages'
import {todayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {languageOf} from '@cast/schemas/rules/translations'
import {getCollection, type CollectionEntry, type CollectionKey} from 'astro:content'
import {isOpen} from '../lib/dates'
import {once} from './build-memo'
import {coverImage, pdfFile, type CoverImage, type PdfFile} from './media'

/**
 * Read access to the build's content, in the order and shape pages need, one language at a time.
 * Questions, topics and pages appear only in their own language. Reports, job openings and
 * hotlines without a version in a language appear there in the default language (their
 * `language` says so), since a visitor is better served by an English report than by none.
 */

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

function read<T>(key: string, load: () => Promise<T>): Promise<T> {
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

type Translatable = {_id: string; language?: string | null}

export {languageOf}

/** Each translated document's group: its translations' ids by language, itself included. */
export function getTranslations(): Promise<Map<string, Map<string, string>>> {
  return read('translation groups', async () => {
    const groups = new Map<string, Map<string, string>>()
    for (const {members} of await data('translations')) {
      const group = new Map<string, string>()
      for (const {language, id} of members ?? []) if (id) group.set(language, id)
      for (const id of group.values()) groups.set(id, group)
    }
    return groups
  })
}

/** The id of `document`'s translation into `language`, when it has one. */
async function translationId(document: Translatable, language: string): Promise<string | undefined> {
  if (languageOf(document) === language) return document._id
  return (await getTranslations()).get(document._id)?.get(language)
}

/** The documents in `language`: those that get a page in it. */
export function only<T extends Translatable>(documents: T[], language: string): T[] {
  return documents.filter((document) => languageOf(document) === language)
}

/** The documents in `language`, and those in the default language that have no published version in it. */
async function orDefault<T extends Translatable>(documents: T[], language: string): Promise<T[]> {
  if (language === DEFAULT_LANGUAGE) return only(documents, language)
  const ids = new Set(documents.map(({_id}) => _id))
  const groups = await getTranslations()
  return documents.filter((document) => {
    const own = languageOf(document)
    if (own === language) return true
    const translation = groups.get(document._id)?.get(language)
    return own === DEFAULT_LANGUAGE && !(translation && ids.has(translation))
  })
}

const warned = new Set<string>()

/** The settings of `language`: its own document, or the default language's until it has one. */
export async function getSettings(language: string = DEFAULT_LANGUAGE): Promise<Settings> {
  const all = await data('settings')
  const own = all.find(({_id}) => _id === siteSettingsId(language))
  if (own) return own
  const fallback = all.find(({_id}) => _id === siteSettingsId(DEFAULT_LANGUAGE))
  if (!fallback) throw new Error(`The site settings document ${siteSettingsId(DEFAULT_LANGUAGE)} is missing: publish it in the Studio.`)
  if (!warned.has(language)) {
    warned.add(language)
    console.warn(`No site settings ${siteSettingsId(language)} for ${language}: its pages use ${fallback._id}. Publish them in the Studio.`)
  }
  return fallback
}

/** Hotlines in the order the query gives: emergency numbers first, then as staff ordered them in the Studio. */
export async function getHotlines(language: string = DEFAULT_LANGUAGE) {
  return orDefault(await data('hotlines'), language)
}

/**
 * The questions in `language`, their topic and related questions in it too: a question whose topic
 * is in another language takes that topic's translation; related questions without one are left out.
 */
export function getFaqs(language: string = DEFAULT_LANGUAGE): Promise<Faq[]> {
  return read(`faqs ${language}`, async () => {
    const [faqs, categories] = await Promise.all([data('faqs'), data('faqCategories')])
    const byId = new Map([...categories, ...faqs].map((document) => [document._id, document]))
    return Promise.all(
      only(faqs, language).map(async (faq) => {
        const topic = byId.get((await translationId(byId.get(faq.category._id) ?? faq.category, language)) ?? '') as FaqCategory | undefined
        if (!topic) {
          throw new Error(
            `FAQ entry ${faq._id} (${language}) is in the topic ${faq.category._id}, which has no published version in ${language}: choose a topic in ${language} in the Studio.`,
          )
        }
        const related = await Promise.all(
          (faq.related ?? []).filter((item) => item !== null).map(async (item) => byId.get((await translationId(byId.get(item._id) ?? item, language)) ?? '') as Faq | undefined),
        )
        return {
          ...faq,
          category: {_id: topic._id, title: topic.title, slug: topic.slug},
          related: related.filter((item) => item !== undefined).map(({_id, question, slug}) => ({_id, question, slug})),
        }
      }),
    )
  })
}

/** Topics in order, each with its questions in order; empty topics are left out. */
export async function getFaqsByCategory(language: string = DEFAULT_LANGUAGE): Promise<Array<{category: FaqCategory; faqs: Faq[]}>> {
  const [categories, faqs] = await Promise.all([data('faqCategories'), getFaqs(language)])
  return only(categories, language)
    .map((category) => ({category, faqs: faqs.filter((faq) => faq.category._id === category._id)}))
    .filter((group) => group.faqs.length > 0)
}

/** Every report newest first, with its PDF and cover image resolved to files this site serves. */
function allReports(): Promise<Report[]> {
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

/** Reports newest first in `language`, and untranslated ones in the default language. */
export async function getReports(language: string = DEFAULT_LANGUAGE): Promise<Report[]> {
  return orDefault(await allReports(), language)
}

/** Job openings still open today in Los Angeles, newest first, untranslated ones in the default language. */
export async function getOpenJobs(language: string = DEFAULT_LANGUAGE, today: string = todayInLosAngeles()): Promise<JobOpening[]> {
  return (await orDefault(await data('jobOpenings'), language)).filter((job) => isOpen(job, today))
}

export async function getPages(language: string = DEFAULT_LANGUAGE) {
  return only(await data('pages'), language)
}

/** The organisation's pages the footer links to, in this order, by their default-language slug. */
const FOOTER_PAGES = ['about', 'what-we-do', 'policy', 'ways-to-give', 'contact'] as const

/**
 * The pages linked from every page's footer, in `language`: a fixed few, so the footer does not
 * grow with the site. `key` is the default-language slug, which names the page whatever its language.
 */
export function getFooterPages(language: string = DEFAULT_LANGUAGE): Promise<Array<Page & {key: string}>> {
  return read(`footer pages ${language}`, async () => {
    const pages = await data('pages')
    const byId = new Map(pages.map((page) => [page._id, page]))
    const found = await Promise.all(
      FOOTER_PAGES.map(async (key) => {
        const original = only(pages, DEFAULT_LANGUAGE).find((page) => page.slug === key)
        const page = original && byId.get((await translationId(original, language)) ?? '')
        return page && {...page, key}
      }),
    )
    return found.filter((page) => page !== undefined)
  })
}
