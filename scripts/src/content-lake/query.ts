import type {IncomingMessage} from 'node:http'
import type {DatasetDocument} from '@cast/schemas/dataset'
import {evaluate, parse, type ExprNode} from 'groq-js'
import {readJson} from './http'
import {answerTextQueries} from './text-query'

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

/**
 * A `{delete: {query}}` mutation, as `client.delete({query})` sends it, becomes one `{delete: {id}}`
 * per document the query selects; other mutations pass unchanged.
 */
export async function expandDeletesByQuery<M extends Record<string, Record<string, unknown>>>(mutations: M[], dataset: DatasetDocument[]): Promise<Array<M | {delete: {id: string}}>> {
  const expanded: Array<M | {delete: {id: string}}> = []
  for (const mutation of mutations) {
    const query = mutation.delete?.query
    if (typeof query !== 'string') {
      expanded.push(mutation)
      continue
    }
    const params = (mutation.delete?.params ?? {}) as Record<string, unknown>
    const selected = (await runQuery(query, params, dataset)) as Array<{_id: string}> | null
    for (const document of selected ?? []) expanded.push({delete: {id: document._id}})
  }
  return expanded
}
