import {orderableDocumentListDeskItem} from '@sanity/orderable-document-list'
import type {ConfigContext} from 'sanity'
import type {Component, DefaultDocumentNodeResolver, StructureBuilder, StructureResolver} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '@cast/schemas'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {todayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import {PreviewView} from './live/preview-view'

/**
 * The Studio's navigation, arranged the way communications staff look for things: settings
 * once, FAQ categories and the questions in each, job openings split into open and closed,
 * reports newest first. Hotlines, categories and the questions of a category are put in order
 * by dragging them, and the site shows them in that order.
 */
export const structure: StructureResolver = (S, context) =>
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
      orderable(S, context, {type: 'faqCategory', id: 'faq-categories', title: 'FAQ categories'}),
      S.listItem().id('faq-by-category').title('FAQ by category').schemaType('faq').child(questionsByCategory(S, context)),
      S.documentTypeListItem('faq').title('All FAQ entries'),
      // The site lists emergency numbers (911) before every other line, whatever their rank, so
      // they are ordered apart and the two lists read, top to bottom, as the Get help page does.
      orderable(S, context, {type: 'hotline', id: 'emergency-numbers', title: 'Emergency numbers (shown first)', filter: 'emergency == true', createIntent: false}),
      orderable(S, context, {type: 'hotline', id: 'hotlines', title: 'Hotlines', filter: 'emergency != true'}),
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
function questionsByCategory(S: StructureBuilder, context: ConfigContext) {
  return S.documentTypeList('faqCategory')
    .id('faq-categories-with-questions')
    .title('Questions by category')
    .defaultOrdering([{field: 'orderRank', direction: 'asc'}])
    .canHandleIntent(() => false)
    .child(
      (categoryId) =>
        orderable(S, context, {
          type: 'faq',
          id: `faq-in-${categoryId}`,
          title: 'Questions',
          filter: 'category._ref == $categoryId',
          params: {categoryId},
          // A drag-and-drop list makes no "+" of its own: this create item is drawn as its "+".
          createIntent: false,
          menuItems: [
            S.menuItem()
              .title('New question in this category')
              .intent({type: 'create', params: [{type: 'faq', template: 'faq-in-category'}, {categoryId}]})
              .serialize(),
          ],
        }).child as Component,
    )
    // Last: the builder infers the type's templates again on every later change.
    .initialValueTemplates([])
}

type OrderableList = Omit<Parameters<typeof orderableDocumentListDeskItem>[0], 'S' | 'context'> & {id: string; title: string}

/**
 * A list ordered by `orderRank`, whose items staff drag into place. The plugin only sorts by the
 * rank, so the site's queries sort by it first too (after "emergency" for hotlines).
 */
function orderable(S: StructureBuilder, context: ConfigContext, list: OrderableList) {
  const item = orderableDocumentListDeskItem({icon: context.schema.get(list.type)?.icon, ...list, S, context})
  // The plugin titles the list's pane with the type's name; staff see the list's own title.
  return {...item, child: {...(item.child as object), title: list.title} as typeof item.child}
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

/** Documents with a page of their own open with their form and, beside it, a preview of that page. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) =>
  isSluggedType(schemaType) ? S.document().views([S.view.form(), S.view.component(PreviewView).id('preview').title('Preview')]) : S.document()
