import type {DatasetDocument} from './ndjson'
import {isPublishedId} from './published'

const DRAFT_PREFIX = 'drafts.'

/**
 * The documents a perspective sees, as the Content Lake answers it: `raw` all of them, `published`
 * no drafts or versions, `drafts` (and its old name `previewDrafts`) each draft in place of its
 * published document, under the published id, with the draft's id as `_originalId`.
 */
export function inPerspective(documents: DatasetDocument[], perspective: string): DatasetDocument[] {
  if (perspective === 'raw') return documents
  const published = documents.filter((doc) => isPublishedId(doc._id))
  if (perspective === 'published') return published
  if (perspective === 'drafts' || perspective === 'previewDrafts') {
    const byId = new Map(published.map((doc) => [doc._id, doc]))
    for (const doc of documents) {
      if (doc._id.startsWith(DRAFT_PREFIX)) byId.set(doc._id.slice(DRAFT_PREFIX.length), {...doc, _id: doc._id.slice(DRAFT_PREFIX.length), _originalId: doc._id})
    }
    return [...byId.values()]
  }
  throw new Error(`perspective "${perspective}" is not supported (raw, published, drafts)`)
}
