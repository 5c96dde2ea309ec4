import {getCollection, type CollectionKey} from 'astro:content'
import {builtPaths} from './alternates'

/** What `build.json` says of one published document: the revision the build read, and its page when it got one. */
export interface LiveDocument {
  /** Null only for a dataset file written without revisions; Sanity always has one. */
  rev: string | null
  path?: string
}

/** Every collection of documents: `buildInfo` is the build's own record. */
const DOCUMENTS: Array<Exclude<CollectionKey, 'buildInfo'>> = ['settings', 'hotlines', 'faqCategories', 'faqs', 'reports', 'jobOpenings', 'pages', 'translations']

/**
 * The published documents this build read, by id, from the same read of the content source as
 * the pages. A document gets a `path` only when this build made its page, by the same rules the
 * pages follow: a closed job opening and a topic without questions have none; hotlines, the
 * site settings and translation groups never do.
 */
export async function liveDocuments(): Promise<Record<string, LiveDocument>> {
  const read = await Promise.all(DOCUMENTS.map((name) => getCollection(name)))
  const documents = new Map<string, LiveDocument>()
  for (const {data} of read.flat()) documents.set(data._id, {rev: data._rev ?? null})

  for (const [id, path] of await builtPaths()) {
    const document = documents.get(id)
    if (!document) throw new Error(`Document ${id} has a page but was not read with the other documents: add its collection to DOCUMENTS in live-documents.ts.`)
    document.path = path
  }
  return Object.fromEntries([...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
