import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {schemaTypes, SITE_SETTINGS_ID} from '@cast/schemas'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {STUDIO_ONLY_TYPES} from '@cast/schemas/rules/rebuild-request'
import {isAdministrator} from '@cast/schemas/rules/roles'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import {dataset, projectId, siteUrl} from './env'
import {defaultDocumentNode, structure} from './structure'
import {keepingPreviousSlugs} from './actions/previous-slugs'
import {withLiveBadge, withOpenOnSite} from './live/live-config'
import {websiteTool} from './live/website-tool'

/** Actions that would make a second settings document or leave the site without one. */
const SINGLETON_FORBIDDEN_ACTIONS = new Set(['duplicate', 'delete', 'unpublish'])

/** Types no one creates by hand: the settings singleton, and the request the Website tool writes. */
const NOT_CREATED = new Set(['siteSettings', ...STUDIO_ONLY_TYPES.keys()])

export default defineConfig({
  name: 'default',
  title: 'Cast website',
  projectId,
  dataset,
  plugins: [structureTool({structure, defaultDocumentNode}), visionTool({defaultApiVersion: API_VERSION}), ...(siteUrl ? [websiteTool()] : [])],
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
        value: (params: {categoryId: string}) => ({
          category: {_type: 'reference', _ref: params.categoryId},
          language: 'en',
        }),
      },
    ],
  },
  document: {
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global'
        ? items.filter((item) => item.templateId !== 'siteSettings' && item.templateId !== 'faq-in-category')
        : items,
    actions: (actions, {schemaType, documentId}) =>
      schemaType === 'siteSettings' || documentId === SITE_SETTINGS_ID
        ? actions.filter((action) => !action.action || !SINGLETON_FORBIDDEN_ACTIONS.has(action.action))
        : withOpenOnSite(actions.map((action) => (action.action === 'publish' && isSluggedType(schemaType) ? keepingPreviousSlugs(action) : action)), schemaType),
    badges: withLiveBadge,
  },
})
