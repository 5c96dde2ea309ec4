import type {SluggedType} from '@cast/schemas/routing/reserved-paths'
import {webAddress} from '@cast/schemas/routing/web-address'
import {getCollection, type CollectionKey} from 'astro:content'
import {getFaqs, getFaqsByCategory, getOpenJobs, getPages} from './read'

/** What `build.json` says of one published document: the revision the build read, and its page when it got one. */
export interface LiveDocument {
  /** Null only for a dataset file written without revisions; Sanity always has one. */
  rev: string | null
  path?: string
}

/** Every collection of documents: `buildInfo` is the build's own record. */
const DOCUMENTS: Array<Exclude<CollectionKey, 'buildInfo'>> = ['settings', 'hotlines', 'faqCategories', 'faqs', 'reports', 'jobOpenings', 'pages']

type Addressed = {_id: string; _type: string; slug: string; language?: string | null}

/**
 * The published documents this build read, by id, from the same read of the content source as
 * the pages. A document gets a `path` only when this build made its page, by the same rules the
 * pages follow: a closed job opening and a topic without questions have none; hotlines and the
 * site settings never do.
 */
export async function liveDocuments(): Promise<Record<string, LiveDocument>> {
  const read = await Promise.all(DOCUMENTS.map((name) => getCollection(name)))
  const documents = new Map<string, LiveDocument>()
  for (const {data} of read.flat()) documents.set(data._id, {rev: data._rev ?? null})

  const [faqs, topics, reports, jobs, pages] = await Promise.all([getFaqs(), getFaqsByCategory(), getCollection('reports'), getOpenJobs(), getPages()])
  const withPages: Addressed[] = [...faqs, ...topics.map(({category}) => category), ...reports.map(({data}) => data), ...jobs, ...pages]
  for (const {_id, _type, slug, language} of withPages) {
    const document = documents.get(_id)
    if (!document) throw new Error(`Document ${_id} (${_type}) has a page but was not read with the other documents: add its collection to DOCUMENTS in live-documents.ts.`)
    document.path = webAddress(_type as SluggedType, slug, language ?? undefined)
  }
  return Object.fromEntries([...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
