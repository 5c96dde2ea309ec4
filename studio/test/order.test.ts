import {OrderableDocumentList} from '@sanity/orderable-document-list'
import {evaluate, parse} from 'groq-js'
import type {StructureBuilder} from 'sanity/structure'
import {beforeAll, describe, expect, it} from 'vitest'
import {faqsQuery, hotlinesQuery} from '../../site/src/content/queries'
import {deskBuilder, openChild, openPath, type Pane} from './desk'

/**
 * Staff order hotlines, FAQ categories and the questions of a category by dragging them in the
 * desk, and each list shows what the site shows, in the site's order.
 */

interface OrderablePane extends Pane {
  component?: unknown
  options?: Pane['options'] & {type?: string; defaultOrdering?: unknown}
}

const doc = (fields: {_id: string; [field: string]: unknown}) => ({_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', ...fields})
// Rank order differs from name order, and a line was dragged above the emergency number.
const hotlines = [
  doc({_id: 'hotline-b', _type: 'hotline', name: 'B line', emergency: false, orderRank: '0|100000:'}),
  doc({_id: 'hotline-911', _type: 'hotline', name: 'Emergency services', emergency: true, orderRank: '0|200000:'}),
  doc({_id: 'hotline-a', _type: 'hotline', name: 'A line', orderRank: '0|300000:'}),
  doc({_id: 'drafts.hotline-a', _type: 'hotline', name: 'A line', orderRank: '0|300000:'}),
  // Spanish lines, ranked among the English ones: each language is ordered on its own.
  doc({_id: 'hotline-a-es', _type: 'hotline', name: 'Línea A', language: 'es', orderRank: '0|050000:'}),
  doc({_id: 'hotline-911-es', _type: 'hotline', name: 'Emergencias', language: 'es', emergency: true, orderRank: '0|250000:'}),
  doc({_id: 'hotline-b-es', _type: 'hotline', name: 'Línea B', language: 'es', orderRank: '0|260000:'}),
]
const questions = [
  doc({_id: 'faq-z', _type: 'faq', question: 'Z?', category: {_type: 'reference', _ref: 'category-legal'}, orderRank: '0|100000:'}),
  doc({_id: 'faq-other', _type: 'faq', question: 'Other?', category: {_type: 'reference', _ref: 'category-other'}, orderRank: '0|150000:'}),
  doc({_id: 'faq-a', _type: 'faq', question: 'A?', category: {_type: 'reference', _ref: 'category-legal'}, orderRank: '0|200000:'}),
]

/** The published ids an orderable list shows, filtered and ordered the way the plugin queries. */
async function shown(pane: OrderablePane, documents: object[]): Promise<string[]> {
  const filter = pane.options?.filter ? ` && (${pane.options.filter})` : ''
  const query = `*[_type == $type && !(_id in path("drafts.**"))${filter}] | order(orderRank asc)._id`
  return (await evaluate(parse(query), {dataset: documents, params: {...pane.options?.params, type: pane.options?.type}})).get() as Promise<string[]>
}

async function siteOrder(query: string, documents: object[]): Promise<string[]> {
  const result = (await (await evaluate(parse(query), {dataset: documents})).get()) as Array<{_id: string}>
  return result.map((item) => item._id)
}

function expectOrderable(pane: OrderablePane, type: string) {
  expect(pane, `${pane.id} is the drag-and-drop list`).toMatchObject({type: 'component', options: {type}})
  expect(pane.component).toBe(OrderableDocumentList)
}

describe('drag-and-drop order in the desk', () => {
  let S: StructureBuilder
  beforeAll(async () => {
    S = await deskBuilder()
  })

  it('orders FAQ categories by drag and drop, and opens their form', async () => {
    const categories = (await openPath(S, ['faq-categories', 'faq-categories-en'])) as OrderablePane
    expectOrderable(categories, 'faqCategory')
    expect(await openChild(S, categories, 'category-legal', ['faq-categories', 'faq-categories-en'])).toMatchObject({type: 'document', options: {type: 'faqCategory', id: 'category-legal'}})
  })

  it('lists categories by the same order under "FAQ by category"', async () => {
    const categories = (await openPath(S, ['faq-by-category', 'faq-by-category-en'])) as OrderablePane
    expect(categories.options?.defaultOrdering).toEqual([{field: 'orderRank', direction: 'asc'}])
  })

  it('orders the questions of a category by drag and drop, as the site lists them, with a new question in that category', async () => {
    const pane = (await openPath(S, ['faq-by-category', 'faq-by-category-en', 'category-legal'])) as OrderablePane
    expectOrderable(pane, 'faq')
    const site = (await siteOrder(faqsQuery, questions)).filter((id) => id !== 'faq-other')
    expect(await shown(pane, questions)).toEqual(site)
    expect(site).toEqual(['faq-z', 'faq-a'])
    const create = (pane.menuItems ?? []).find((item) => item.intent?.type === 'create')
    expect(create?.intent?.params).toEqual([{type: 'faq', template: 'faq-in-category'}, {categoryId: 'category-legal'}])
  })

  it('orders hotlines by drag and drop, the emergency numbers first as on the site', async () => {
    const emergency = (await openPath(S, ['emergency-numbers', 'emergency-numbers-en'])) as OrderablePane
    const others = (await openPath(S, ['hotlines', 'hotlines-en'])) as OrderablePane
    expectOrderable(emergency, 'hotline')
    expectOrderable(others, 'hotline')
    const desk = [...(await shown(emergency, hotlines)), ...(await shown(others, hotlines))]
    // The site reads published documents only, and splits them by language after ordering.
    const english = hotlines.filter((hotline) => !hotline._id.startsWith('drafts.') && !('language' in hotline))
    expect(desk).toEqual(await siteOrder(hotlinesQuery, english))
    expect(desk).toEqual(['hotline-911', 'hotline-b', 'hotline-a'])
  })

  it('orders each language’s hotlines in lists of their own', async () => {
    const emergency = (await openPath(S, ['emergency-numbers', 'emergency-numbers-es'])) as OrderablePane
    const others = (await openPath(S, ['hotlines', 'hotlines-es'])) as OrderablePane
    expectOrderable(others, 'hotline')
    expect(await shown(emergency, hotlines)).toEqual(['hotline-911-es'])
    expect(await shown(others, hotlines)).toEqual(['hotline-a-es', 'hotline-b-es'])
  })
})
