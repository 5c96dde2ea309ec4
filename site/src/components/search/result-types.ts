import type {AllSanitySchemaTypes} from '@cast/schemas/sanity.types'

/**
 * The kinds of page search can filter by, keyed by the document type each shows, in the order the
 * filters are offered: the value each page records for Pagefind's `type` filter, the same in every
 * language (each checkbox's label is the interface string `search.type.<type>`). A document type
 * renamed in `schemas/` fails the type check here.
 */
export const RESULT_TYPES = {
  faq: {filter: 'FAQ'},
  hotline: {filter: 'Hotline'},
  report: {filter: 'Report'},
  jobOpening: {filter: 'Job'},
  page: {filter: 'Page'},
} as const satisfies {[Type in Extract<AllSanitySchemaTypes, {_type: string}>['_type']]?: {filter: string}}

export type ResultType = keyof typeof RESULT_TYPES
