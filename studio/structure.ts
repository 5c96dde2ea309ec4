import {orderableDocumentListDeskItem} from '@sanity/orderable-document-list'
import type {ConfigContext} from 'sanity'
import type {Component, DefaultDocumentNodeResolver, ListItem, ListItemBuilder, StructureBuilder, StructureResolver} from 'sanity/structure'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {todayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {METADATA_TYPE} from '@cast/schemas/rules/translations'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import {DEFAULT_LANGUAGE, LANGUAGES, siteSettingsId, type Language} from '@cast/schemas/routing/languages'
import {PreviewView} from './live/preview-view'

/**
 * The Studio's navigation, arranged the way communications staff look for things: settings
 * once per language, FAQ categories and the questions in each, job openings split into open and
 * closed, reports newest first. Every list opens by language first, so each language is ordered
 * on its own: hotlines, categories and the questions of a category are put in order by dragging
 * them, and the site shows them in that order. Beside the languages, "Missing in <language>"
 * lists the originals that have no translation yet.
 */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id('site-settings')
        .title('Site settings')
        .schemaType('siteSettings')
        .child(
          S.list()
            .id('site-settings')
            .title('Site settings')
            .items(
              LANGUAGES.map((language) =>
                S.listItem()
                  .id(siteSettingsId(language.id))
                  .title(language.title)
                  .schemaType('siteSettings')
                  .child(S.document().schemaType('siteSettings').documentId(siteSettingsId(language.id)).title(`Site settings (${language.title})`)),
              ),
            ),
        ),
      S.divider(),
      // Categories open their own form here, so Create and edit links for a category land on it.
      byLanguage(S, {type: 'faqCategory', id: 'faq-categories', title: 'FAQ categories'}, (language) =>
        orderable(S, context, {type: 'faqCategory', id: `faq-categories-${language.id}`, title: language.title, language}),
      ),
      S.listItem()
        .id('faq-by-category')
        .title('FAQ by category')
        .schemaType('faq')
        .child(
          S.list()
            .id('faq-by-category')
            .title('FAQ by category')
            .items(LANGUAGES.map((language) => S.listItem().id(`faq-by-category-${language.id}`).title(language.title).schemaType('faq').child(questionsByCategory(S, context, language)))),
        ),
      byLanguage(S, {type: 'faq', id: 'faq', title: 'All FAQ entries'}, (language) => typeList(S, 'faq', `faq-${language.id}`, language)),
      // The site lists emergency numbers (911) before every other line, whatever their rank, so
      // they are ordered apart and the two lists read, top to bottom, as the Get help page does.
      byLanguage(S, {type: 'hotline', id: 'emergency-numbers', title: 'Emergency numbers (shown first)', filter: 'emergency == true'}, (language) =>
        orderable(S, context, {type: 'hotline', id: `emergency-numbers-${language.id}`, title: language.title, language, filter: 'emergency == true', createIntent: false}),
      ),
      byLanguage(S, {type: 'hotline', id: 'hotlines', title: 'Hotlines', filter: 'emergency != true'}, (language) =>
        orderable(S, context, {type: 'hotline', id: `hotlines-${language.id}`, title: language.title, language, filter: 'emergency != true'}),
      ),
      byLanguage(S, {type: 'report', id: 'reports', title: 'Reports'}, (language) =>
        typeList(S, 'report', `reports-${language.id}`, language).title(`Reports, newest first (${language.title})`).defaultOrdering([{field: 'publishedAt', direction: 'desc'}]),
      ),
      byLanguage(S, {type: 'jobOpening', id: 'job-openings', title: 'Job openings'}, (language) =>
        S.list()
          .id(`job-openings-${language.id}`)
          .title(`Job openings (${language.title})`)
          .items([
            // A function child is resolved each time the list opens, so "today" is never stale.
            S.listItem()
              .id(`open-jobs-${language.id}`)
              .title('Open')
              .schemaType('jobOpening')
              .child(() => jobList(S, `open-jobs-list-${language.id}`, 'Open positions', OPEN_JOBS, 'postedAt', language)),
            S.listItem()
              .id(`closed-jobs-${language.id}`)
              .title('Closed')
              .schemaType('jobOpening')
              .child(() => jobList(S, `closed-jobs-list-${language.id}`, 'Closed positions', CLOSED_JOBS, 'closesAt', language)),
          ]),
      ),
      byLanguage(S, {type: 'page', id: 'pages', title: 'Pages'}, (language) => typeList(S, 'page', `pages-${language.id}`, language)),
    ])

/** Matches documents in `$language`; documents made before translations are in the default one. */
const IN_LANGUAGE = `coalesce(language, ${JSON.stringify(DEFAULT_LANGUAGE)}) == $language`

/** Originals (default language) that no translation group gives a member in `$missing`. */
const MISSING_TRANSLATION = `coalesce(language, ${JSON.stringify(DEFAULT_LANGUAGE)}) == ${JSON.stringify(DEFAULT_LANGUAGE)} && !(_id in *[_type == "${METADATA_TYPE}" && count(translations[language == $missing]) > 0].translations[].value._ref)`

const TRANSLATIONS = LANGUAGES.filter((language) => language.id !== DEFAULT_LANGUAGE)

interface ByLanguage {
  type: string
  id: string
  title: string
  /** What else the lists of this item share, e.g. `emergency == true`. */
  filter?: string
}

/**
 * A list item that opens one list per language, and after them, per translation language, the
 * originals that have no translation in it yet: never an error, staff publish English first.
 */
function byLanguage(S: StructureBuilder, item: ByLanguage, list: (language: Language) => ListItem | Child) {
  return S.listItem()
    .id(item.id)
    .title(item.title)
    .schemaType(item.type)
    .child(
      S.list()
        .id(item.id)
        .title(item.title)
        .items([
          ...LANGUAGES.map((language) => {
            const child = list(language)
            // A drag-and-drop list comes as its own item; other lists are put in one.
            return isListItem(child) ? child : S.listItem().id(`${item.id}-${language.id}`).title(language.title).schemaType(item.type).child(child)
          }),
          ...TRANSLATIONS.map((language) =>
            S.listItem()
              .id(`${item.id}-missing-${language.id}`)
              .title(`Missing in ${language.title}`)
              .schemaType(item.type)
              .child(
                S.documentList()
                  .id(`${item.id}-missing-${language.id}`)
                  .title(`${item.title}: missing in ${language.title}`)
                  .schemaType(item.type)
                  .apiVersion(API_VERSION)
                  .filter(`_type == $type && ${MISSING_TRANSLATION}${item.filter ? ` && (${item.filter})` : ''}`)
                  .params({type: item.type, missing: language.id})
                  // "Translate" on the original makes the translation: this list creates nothing.
                  .canHandleIntent(() => false)
                  .initialValueTemplates([]),
              ),
          ),
        ]),
    )
}

type Child = Parameters<ListItemBuilder['child']>[0]

const isListItem = (node: unknown): node is ListItem => (node as {type?: unknown}).type === 'listItem'

/** The template that makes a new document of `type` in `language` (from the translation plugin). */
const templateOf = (type: string, language: Language) => `${type}-${language.id}`

/**
 * Intents a list in `language` opens: Create with its own template; edit links, and Create
 * without a template, only in the default language's list, since they name no language.
 */
function handlesIntent(type: string, language: Language) {
  return (intent: string, params: {type?: string; template?: string}) =>
    params.type === type && (intent === 'create' && params.template ? params.template === templateOf(type, language) : language.id === DEFAULT_LANGUAGE)
}

/** A type's documents in one language, a new one made in that language. */
function typeList(S: StructureBuilder, type: string, id: string, language: Language) {
  return S.documentTypeList(type)
    .id(id)
    .title(language.title)
    .filter(`_type == $type && ${IN_LANGUAGE}`)
    .params({type, language: language.id})
    .canHandleIntent(handlesIntent(type, language))
    // Last: the builder infers the type's templates again on every later change.
    .initialValueTemplates([S.initialValueTemplateItem(templateOf(type, language))])
}

/**
 * Categories whose child is the list of their questions, with "new question in this category".
 * It declines intents, so opening or creating a category never lands on a list of questions,
 * and it offers no "new category", which belongs to the categories list.
 */
function questionsByCategory(S: StructureBuilder, context: ConfigContext, language: Language) {
  return S.documentTypeList('faqCategory')
    .id(`faq-categories-with-questions-${language.id}`)
    .title(`Questions by category (${language.title})`)
    .filter(`_type == $type && ${IN_LANGUAGE}`)
    .params({type: 'faqCategory', language: language.id})
    .defaultOrdering([{field: 'orderRank', direction: 'asc'}])
    .canHandleIntent(() => false)
    .child(
      (categoryId) =>
        orderable(S, context, {
          type: 'faq',
          id: `faq-in-${categoryId}`,
          title: 'Questions',
          language,
          filter: 'category._ref == $categoryId',
          params: {categoryId},
          createIntent: false,
          // A drag-and-drop list makes no "+" of its own: this create item is drawn as its "+".
          // The question is made in its category's language (the template reads it).
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

type OrderableList = Omit<Parameters<typeof orderableDocumentListDeskItem>[0], 'S' | 'context'> & {id: string; title: string; language: Language}

/**
 * A list in one language ordered by `orderRank`, whose items staff drag into place: ranks compare
 * within the list only, so dragging in one language never moves another's. The plugin only sorts
 * by the rank, so the site's queries sort by it first too (after "emergency" for hotlines).
 * Unless `createIntent` is false, its menu makes a new document in its language.
 */
function orderable(S: StructureBuilder, context: ConfigContext, {language, ...list}: OrderableList) {
  const creates = list.createIntent !== false
  const typeTitle = context.schema.get(list.type)?.title ?? list.type
  const item = orderableDocumentListDeskItem({
    icon: context.schema.get(list.type)?.icon,
    ...list,
    filter: list.filter ? `${IN_LANGUAGE} && (${list.filter})` : IN_LANGUAGE,
    params: {...list.params, language: language.id},
    // The plugin's own "Create" makes a document without a language: ours makes one in the list's.
    createIntent: false,
    menuItems: [
      ...(creates ? [S.menuItem().title(`New ${language.title} ${typeTitle}`).intent({type: 'create', params: {type: list.type, template: templateOf(list.type, language)}}).serialize()] : []),
      ...(list.menuItems ?? []),
    ],
    S,
    context,
  })
  // The plugin titles the list's pane with the type's name; staff see the list's own title.
  const child = {...(item.child as object), title: list.title, ...(creates ? {canHandleIntent: handlesIntent(list.type, language)} : {})}
  return {...item, child: child as typeof item.child}
}

// A posting is open through its closing day in Los Angeles, as on the site.
const OPEN_JOBS = '_type == "jobOpening" && (!defined(closesAt) || closesAt >= $today)'
const CLOSED_JOBS = '_type == "jobOpening" && defined(closesAt) && closesAt < $today'

function jobList(S: StructureBuilder, id: string, title: string, filter: string, newestBy: string, language: Language) {
  return S.documentList()
    .id(id)
    .title(title)
    .schemaType('jobOpening')
    .apiVersion(API_VERSION)
    .filter(`${filter} && ${IN_LANGUAGE}`)
    .params({today: todayInLosAngeles(), language: language.id})
    .defaultOrdering([{field: newestBy, direction: 'desc'}])
    .canHandleIntent(handlesIntent('jobOpening', language))
    .initialValueTemplates([S.initialValueTemplateItem(templateOf('jobOpening', language))])
}

/** Documents with a page of their own open with their form and, beside it, a preview of that page. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) =>
  isSluggedType(schemaType) ? S.document().views([S.view.form(), S.view.component(PreviewView).id('preview').title('Preview')]) : S.document()
