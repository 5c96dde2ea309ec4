import {defineConfig, type InitialValueResolverContext} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {schemaTypes, SITE_SETTINGS_ID} from '@cast/schemas'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {STUDIO_ONLY_TYPES} from '@cast/schemas/rules/rebuild-request'
import {isAdministrator} from '@cast/schemas/rules/roles'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import {LANGUAGES} from '@cast/schemas/routing/languages'
import {languageOf, METADATA_TYPE, TRANSLATED_TYPES} from '@cast/schemas/rules/translations'
import {documentInternationalization} from '@sanity/document-internationalization'
import {dataset, projectId, siteUrl} from './env'
import {defaultDocumentNode, structure} from './structure'
import {keepingPreviousSlugs} from './actions/previous-slugs'
import {withLiveBadge, withOpenOnSite} from './live/live-config'
import {websiteTool} from './live/website-tool'

/** Actions that would make a second settings document or leave the site without one. */
const SINGLETON_FORBIDDEN_ACTIONS = new Set(['duplicate', 'delete', 'unpublish'])

/**
 * Types no one creates by hand: the settings (one per language, fixed ids), the groups "Translate"
 * writes, and the request the Website tool writes.
 */
const NOT_CREATED = new Set(['siteSettings', METADATA_TYPE, ...STUDIO_ONLY_TYPES.keys()])

/**
 * Templates the global create menu leaves out: a translated type's bare template, a duplicate of
 * its "English …" one, which stays for the desk's own lists; and the question in a category,
 * which needs its category.
 */
const NOT_IN_GLOBAL_MENU: ReadonlySet<string> = new Set([...TRANSLATED_TYPES, 'faq-in-category'])

export default defineConfig({
  name: 'default',
  title: 'Cast website',
  projectId,
  dataset,
  plugins: [
    structureTool({structure, defaultDocumentNode}),
    visionTool({defaultApiVersion: API_VERSION}),
    documentInternationalization({
      // A list, not a function: the per-language templates are made from it.
      supportedLanguages: LANGUAGES.map(({id, title}) => ({id, title})),
      schemaTypes: [...TRANSLATED_TYPES],
      // Deleting a translation is never blocked by its group; the site skips members that are gone.
      weakReferences: true,
      apiVersion: API_VERSION,
      // Settings are one document per language with a fixed id: no copies under new ids.
      hideLanguageFilter: ['siteSettings'],
      metadataOmnisearchVisibility: false,
    }),
    ...(siteUrl ? [websiteTool()] : []),
  ],
  // Vision runs any query against the dataset: a tool for administrators, not for editors.
  tools: (tools, {currentUser}) =>
    isAdministrator(currentUser) ? tools : tools.filter((tool) => tool.name !== 'vision'),
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      ...templates.filter((template) => !NOT_CREATED.has(template.schemaType)),
      {
        id: 'faq-in-category',
        title: 'FAQ entry in this category',
        schemaType: 'faq',
        parameters: [{name: 'categoryId', type: 'string'}],
        // The question is written in its category's language, a category not yet published included.
        value: async (params: {categoryId: string}, {getClient}: InitialValueResolverContext) => {
          const category = await getClient({apiVersion: API_VERSION})
            .withConfig({perspective: 'raw'})
            .fetch<{language?: unknown} | null>('*[_id in [$id, "drafts." + $id]][0]{language}', {id: params.categoryId})
          return {category: {_type: 'reference', _ref: params.categoryId}, language: languageOf(category ?? undefined)}
        },
      },
    ],
  },
  document: {
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global'
        ? items.filter((item) => !NOT_IN_GLOBAL_MENU.has(item.templateId))
        : items,
    actions: (actions, {schemaType, documentId}) =>
      schemaType === 'siteSettings' || documentId === SITE_SETTINGS_ID
        ? actions.filter((action) => !action.action || !SINGLETON_FORBIDDEN_ACTIONS.has(action.action))
        : withOpenOnSite(actions.map((action) => (action.action === 'publish' && isSluggedType(schemaType) ? keepingPreviousSlugs(action) : action)), schemaType),
    badges: withLiveBadge,
  },
})
