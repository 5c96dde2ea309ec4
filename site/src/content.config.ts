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
  translationsQuery,
} from './content/queries'
import * as shapes from './content/shapes'

export const collections = {
  buildInfo: defineCollection({loader: buildInfoLoader()}),
  settings: defineCollection({loader: sanityLoader({query: settingsQuery, schema: shapes.settings, required: true})}),
  hotlines: defineCollection({loader: sanityLoader({query: hotlinesQuery, schema: shapes.hotline})}),
  faqCategories: defineCollection({loader: sanityLoader({query: faqCategoriesQuery, schema: shapes.faqCategory})}),
  faqs: defineCollection({loader: sanityLoader({query: faqsQuery, schema: shapes.faq})}),
  reports: defineCollection({loader: sanityLoader({query: reportsQuery, schema: shapes.report})}),
  jobOpenings: defineCollection({loader: sanityLoader({query: jobOpeningsQuery, schema: shapes.jobOpening})}),
  pages: defineCollection({loader: sanityLoader({query: pagesQuery, schema: shapes.page})}),
  translations: defineCollection({loader: sanityLoader({query: translationsQuery, schema: shapes.translations})}),
}
