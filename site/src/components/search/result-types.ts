import type {AllSanitySchemaTypes} from '@cast/schemas/sanity.types'

/**
 * The kinds of page search can filter by, keyed by the document type each shows, in the order the
 * filters are offered: the value each page records for Pagefind's `type` filter, and the label of
 * its checkbox on /search/. A document type renamed in `schemas/` fails the type check here.
 */
export const RESULT_TYPES = {
  faq: {filter: 'FAQ', label: 'Questions'},
  hotline: {filter: 'Hotline', label: 'Hotlines'},
  report: {filter: 'Report', label: 'Reports'},
  jobOpening: {filter: 'Job', label: 'Jobs'},
  page: {filter: 'Page', label: 'Pages'},
} as const satisfies {[Type in Extract<AllSanitySchemaTypes, {_type: string}>['_type']]?: {filter: string; label: string}}

export type ResultType = keyof typeof RESULT_TYPES
