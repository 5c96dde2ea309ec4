import type {AllSanitySchemaTypes} from '@cast/schemas/sanity.types'

/**
 * The kinds of page search can filter by, keyed by the document type each shows, in the order the
 * filters are offered: the value each page records for Pagefind's `type` filter, the same in every
 * language (each checkbox's label is the interface string `search.type.<type>`). A document type
 * renamed in `schemas/` fails the type check here.
 *
 * `weight` scales how much a page's words count in ranking (Pagefind's `data-pagefind-weight`, 1
 * by default): for the same words, answers and hotlines come before reports and job openings,
 * which visitors looking for help rarely want first.
 */
export const RESULT_TYPES = {
  faq: {filter: 'FAQ', weight: 2},
  hotline: {filter: 'Hotline', weight: 2},
  report: {filter: 'Report', weight: 0.25},
  jobOpening: {filter: 'Job', weight: 0.25},
  page: {filter: 'Page', weight: 1},
} as const satisfies {[Type in Extract<AllSanitySchemaTypes, {_type: string}>['_type']]?: {filter: string; weight: number}}

export type ResultType = keyof typeof RESULT_TYPES
