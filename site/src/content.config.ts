import {defineCollection} from 'astro:content'
import {buildInfoLoader} from './content/build-info'
import {sanityLoader} from './content/loader'
import {
  faqCategoriesQuery,
  faqsQuery,
  hotlinesQuery,
  jobOpeningsQuery,
  pagesQuery,
  reportsQuery,
  settingsQuery,
} from './content/queries'
import * as schemas from './content/schemas'

export const collections = {
  buildInfo: defineCollection({loader: buildInfoLoader()}),
  settings: defineCollection({loader: sanityLoader({query: settingsQuery, schema: schemas.settings, single: true})}),
  hotlines: defineCollection({loader: sanityLoader({query: hotlinesQuery, schema: schemas.hotline})}),
  faqCategories: defineCollection({loader: sanityLoader({query: faqCategoriesQuery, schema: schemas.faqCategory})}),
  faqs: defineCollection({loader: sanityLoader({query: faqsQuery, schema: schemas.faq})}),
  reports: defineCollection({loader: sanityLoader({query: reportsQuery, schema: schemas.report})}),
  jobOpenings: defineCollection({loader: sanityLoader({query: jobOpeningsQuery, schema: schemas.jobOpening})}),
  pages: defineCollection({loader: sanityLoader({query: pagesQuery, schema: schemas.page})}),
}
