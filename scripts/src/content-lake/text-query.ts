import type {DatasetDocument} from '@cast/schemas/dataset'
import {evaluate, parse, type ExprNode} from 'groq-js'

/**
 * The Studio searches (document lists, the search box, reference inputs) with
 * `<fields> match text::query($__query)`, which groq-js does not implement. The stand-in answers
 * it with GROQ's own `match`, the Content Lake's full-text search approximated:
 * - a search of nothing (`*`, blank) matches every document;
 * - `@`, the whole document, matches when its string values, at any depth, hold every term
 *   (case-insensitive, `term*` as a prefix), which `match` decides as for any text;
 * - any other field is matched with `match` as it is.
 * Ranking, stemming, phrases and negation are not modelled: the tests need the right documents,
 * not Sanity's order of relevance.
 */
export async function answerTextQueries(tree: ExprNode, params: Record<string, unknown>, dataset: DatasetDocument[]): Promise<ExprNode> {
  return (await rewrite(tree, params, dataset)) as ExprNode
}

type Node = {type?: unknown; [key: string]: unknown}

const WHOLE_DOCUMENT_MATCH = parse('$text match $query')

async function rewrite(value: unknown, params: Record<string, unknown>, dataset: DatasetDocument[]): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => rewrite(item, params, dataset)))
  if (!value || typeof value !== 'object') return value
  const node = value as Node
  if (isTextQuery(node)) {
    throw new Error('text::query() is answered by the Content Lake stand-in only as the right side of `match` (`<fields> match text::query($query)`)')
  }
  if (node.type === 'OpCall' && node.op === 'match' && isTextQuery(node.right as Node)) {
    return answerSearch(await rewrite(node.left, params, dataset) as ExprNode, node.right as Node, params, dataset)
  }
  const copy: Node = {}
  for (const [key, child] of Object.entries(node)) copy[key] = await rewrite(child, params, dataset)
  return copy
}

function isTextQuery(node: Node | undefined): boolean {
  return node?.type === 'FuncCall' && node.namespace === 'text' && node.name === 'query'
}

async function answerSearch(left: ExprNode, call: Node, params: Record<string, unknown>, dataset: DatasetDocument[]): Promise<ExprNode> {
  const [argument] = call.args as ExprNode[]
  if (!argument) throw new Error('text::query() needs the search text as its argument')
  const query: unknown = await (await evaluate(argument, {params})).get()
  if (typeof query !== 'string') throw new Error(`text::query() needs a string, got ${JSON.stringify(query)}`)
  if (query.replace(/[*\s]/g, '') === '') return {type: 'Value', value: true}
  const pattern: ExprNode = {type: 'Value', value: query}
  const fields = left.type === 'Array' ? left.elements : [{type: 'ArrayElement', value: left, isSplat: false} as const]
  const rest = fields.filter((element) => element.value.type !== 'This')
  const byFields: ExprNode = {type: 'OpCall', op: 'match', left: left.type === 'Array' ? {...left, elements: rest} : left, right: pattern}
  if (rest.length === fields.length) return byFields
  const hits: ExprNode = {type: 'OpCall', op: 'in', left: {type: 'AccessAttribute', name: '_id'}, right: {type: 'Value', value: await documentsMatching(query, dataset)}}
  return rest.length === 0 ? hits : {type: 'Or', left: hits, right: byFields}
}

/** The ids of the documents whose string values, at any depth, match the search. */
async function documentsMatching(query: string, dataset: DatasetDocument[]): Promise<string[]> {
  const ids: string[] = []
  for (const doc of dataset) {
    const matched: unknown = await (await evaluate(WHOLE_DOCUMENT_MATCH, {params: {text: stringsOf(doc), query}})).get()
    if (matched === true) ids.push(doc._id)
  }
  return ids
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}
