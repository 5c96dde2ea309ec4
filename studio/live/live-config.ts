import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import type {DocumentActionComponent, DocumentBadgeComponent} from 'sanity'
import {siteUrl} from '../env'
import {LiveBadge} from './live-badge'
import {OpenOnSite} from './open-on-site'
import {TranslationBadge} from './translation-badge'
import {isTranslatedType} from './translation-state'

/**
 * Every document's live-state badge, when the Studio knows the site's address, and on translated
 * types the badge of missing and out-of-date translations.
 */
export const withLiveBadge = (badges: DocumentBadgeComponent[], {schemaType}: {schemaType: string}) => [
  ...badges,
  ...(siteUrl ? [LiveBadge] : []),
  ...(isTranslatedType(schemaType) ? [TranslationBadge] : []),
]

/** "Open on the site" after the other actions, for types that have pages, when the site's address is known. */
export const withOpenOnSite = (actions: DocumentActionComponent[], schemaType: string) =>
  siteUrl && isSluggedType(schemaType) ? [...actions, OpenOnSite] : actions
