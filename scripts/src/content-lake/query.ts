import type {IncomingMessage} from 'node:http'
import {isPublishedId, type DatasetDocument} from '@cast/schemas/dataset'
import {evaluate, parse, type ExprNode} from 'groq-js'
import {readJson} from './http'
import {answerTextQueries} from './text-query'

const DRAFT_PREFIX = 'drafts.'

/**
 * The documents a perspective sees: `raw` all of them, `published` no drafts or versions, `drafts`
 * (and its old name `previewDrafts`) each draft in place of its published document.
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
  throw new Error(`perspective "${perspective}" is not supported by the Content Lake stand-in (raw, published, drafts)`)
}

/** The query and parameters of a `GET` (`?query=…&$name=<json>`) or `POST` (`{query, params}`) request. */
export async function readQuery(req: IncomingMessage, url: URL) {
  const params: Record<string, unknown> = {}
  if (req.method === 'POST') {
    const body = await readJson<{query: string; params?: Record<string, unknown>}>(req)
    return {groq: body.query, params: {...body.params}}
  }
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  return {groq: url.searchParams.get('query') ?? '', params}
}

/**
 * Evaluates GROQ with groq-js, as the Content Lake does. Searches (`text::query`, which groq-js
 * does not implement) are answered by the stand-in's approximation in `text-query.ts`.
 */
export async function runQuery(groq: string, params: Record<string, unknown>, dataset: DatasetDocument[], identity?: string) {
  const tree: ExprNode = await answerTextQueries(parse(groq, {params}), params, dataset)
  return (await evaluate(tree, {dataset, params, identity})).get()
}
