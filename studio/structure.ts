import type {StructureResolver} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '@cast/schemas'
import {API_VERSION} from '@cast/schemas/rules/api-version'

/**
 * The Studio's navigation, arranged the way communications staff look for things: settings
 * once, FAQ by category, job openings split into open and closed, reports newest first.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Site settings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      S.divider(),
      S.listItem()
        .id('faq-by-category')
        .title('FAQ by category')
        .child(
          S.documentTypeList('faqCategory')
            .title('FAQ categories')
            .defaultOrdering([{field: 'order', direction: 'asc'}])
            .child((categoryId) =>
              S.documentList()
                .id(`faq-in-${categoryId}`)
                .title('Questions')
                .schemaType('faq')
                .apiVersion(API_VERSION)
                .filter('_type == "faq" && category._ref == $categoryId')
                .params({categoryId})
                .defaultOrdering([{field: 'order', direction: 'asc'}])
                .initialValueTemplates([S.initialValueTemplateItem('faq-in-category', {categoryId})]),
            ),
        ),
      S.documentTypeListItem('faq').title('All FAQ entries'),
      S.documentTypeListItem('hotline').title('Hotlines'),
      S.listItem()
        .id('reports')
        .title('Reports')
        .schemaType('report')
        .child(
          S.documentTypeList('report')
            .title('Reports, newest first')
            .defaultOrdering([{field: 'publishedAt', direction: 'desc'}]),
        ),
      S.listItem()
        .id('job-openings')
        .title('Job openings')
        .schemaType('jobOpening')
        .child(
          S.list()
            .title('Job openings')
            .items([
              S.listItem()
                .id('open-jobs')
                .title('Open')
                .schemaType('jobOpening')
                .child(
                  S.documentList()
                    .id('open-jobs-list')
                    .title('Open positions')
                    .schemaType('jobOpening')
                    .apiVersion(API_VERSION)
                    .filter('_type == "jobOpening" && (!defined(closesAt) || closesAt >= string::split(string(now()), "T")[0])')
                    .defaultOrdering([{field: 'postedAt', direction: 'desc'}]),
                ),
              S.listItem()
                .id('closed-jobs')
                .title('Closed')
                .schemaType('jobOpening')
                .child(
                  S.documentList()
                    .id('closed-jobs-list')
                    .title('Closed positions')
                    .schemaType('jobOpening')
                    .apiVersion(API_VERSION)
                    .filter('_type == "jobOpening" && defined(closesAt) && closesAt < string::split(string(now()), "T")[0]')
                    .defaultOrdering([{field: 'closesAt', direction: 'desc'}]),
                ),
            ]),
        ),
      S.documentTypeListItem('page').title('Pages'),
    ])
