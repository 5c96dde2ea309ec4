import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {schemaTypes, SITE_SETTINGS_ID} from '@cast/schemas'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import {dataset, projectId} from './env'
import {structure} from './structure'
import {keepingPreviousSlugs} from './actions/previous-slugs'
import {withLiveBadge, withOpenOnSite} from './live/live-config'

/** Actions that would make a second settings document or leave the site without one. */
const SINGLETON_FORBIDDEN_ACTIONS = new Set(['duplicate', 'delete', 'unpublish'])

export default defineConfig({
  name: 'default',
  title: 'Cast website',
  projectId,
  dataset,
  plugins: [structureTool({structure}), visionTool({defaultApiVersion: API_VERSION})],
  // Vision runs any query against the dataset: a tool for administrators, not for editors.
  tools: (tools, {currentUser}) =>
    currentUser?.roles.some((role) => role.name === 'administrator') ? tools : tools.filter((tool) => tool.name !== 'vision'),
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      ...templates.filter((template) => template.schemaType !== 'siteSettings'),
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
