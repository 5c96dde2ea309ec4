/**
 * The webhook to create in Sanity's project settings (README, "Deploy"): which published documents
 * start a build, and what each delivery carries. The Content Lake stand-in sends it the same way in
 * the end-to-end test.
 */
export const WEBHOOK_SETTINGS = {
  filter: '_type in ["faq", "faqCategory", "hotline", "report", "jobOpening", "page", "siteSettings", "translation.metadata", "rebuildRequest"]',
  projection: '{_id, _type}',
} as const
