import type {StructureBuilder, StructureResolver} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '@cast/schemas'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {todayInLosAngeles} from '@cast/schemas/rules/los-angeles'

/**
 * The Studio's navigation, arranged the way communications staff look for things: settings
 * once, FAQ categories and the questions in each, job openings split into open and closed,
 * reports newest first.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Site settings')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      S.divider(),
      // Categories open their own form here, so Create and edit links for a category land on it.
      S.documentTypeListItem('faqCategory')
        .title('FAQ categories')
        .child(S.documentTypeList('faqCategory').title('FAQ categories').defaultOrdering([{field: 'order', direction: 'asc'}])),
      S.listItem().id('faq-by-category').title('FAQ by category').schemaType('faq').child(questionsByCategory(S)),
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
              // A function child is resolved each time the list opens, so "today" is never stale.
              S.listItem()
                .id('open-jobs')
                .title('Open')
                .schemaType('jobOpening')
                .child(() => jobList(S, 'open-jobs-list', 'Open positions', OPEN_JOBS, 'postedAt')),
              S.listItem()
                .id('closed-jobs')
                .title('Closed')
                .schemaType('jobOpening')
                .child(() => jobList(S, 'closed-jobs-list', 'Closed positions', CLOSED_JOBS, 'closesAt')),
            ]),
        ),
      S.documentTypeListItem('page').title('Pages'),
    ])

/**
 * Categories whose child is the list of their questions, with "new question in this category".
 * It declines intents, so opening or creating a category never lands on a list of questions,
 * and it offers no "new category", which belongs to the categories list.
 */
function questionsByCategory(S: StructureBuilder) {
  return S.documentTypeList('faqCategory')
    .id('faq-categories-with-questions')
    .title('Questions by category')
    .defaultOrdering([{field: 'order', direction: 'asc'}])
    .canHandleIntent(() => false)
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
    )
    // Last: the builder infers the type's templates again on every later change.
    .initialValueTemplates([])
}

// A posting is open through its closing day in Los Angeles, as on the site.
const OPEN_JOBS = '_type == "jobOpening" && (!defined(closesAt) || closesAt >= $today)'
const CLOSED_JOBS = '_type == "jobOpening" && defined(closesAt) && closesAt < $today'

function jobList(S: StructureBuilder, id: string, title: string, filter: string, newestBy: string) {
  return S.documentList()
    .id(id)
    .title(title)
    .schemaType('jobOpening')
    .apiVersion(API_VERSION)
    .filter(filter)
    .params({today: todayInLosAngeles()})
    .defaultOrdering([{field: newestBy, direction: 'desc'}])
}
