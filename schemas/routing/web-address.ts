import {DEFAULT_LANGUAGE} from './languages'
import {reservedSlugs, SLUG_PREFIXES, type SluggedType} from './reserved-paths'

/**
 * What a slug may be: one path segment of lowercase letters, digits and dashes. Nothing in it can
 * climb out of its folder (`..`), add a folder (`/`, `\`), or mean something else once decoded
 * (`%2e`). Imports nothing, so the Studio and the site apply the same rule.
 */
const CLEAN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isCleanSlug(slug: string): boolean {
  return CLEAN_SLUG.test(slug)
}

export function isReservedSlug(type: SluggedType, slug: string, languages?: readonly string[]): boolean {
  return reservedSlugs(type, languages).includes(slug)
}

/**
 * The address a document's page lives at: `/faq/<slug>/`, `/es/faq/<slug>/`. The site links,
 * feeds and structured data use it, and the Studio's messages; `site/src/pages` must build the
 * page there (the site's tests follow every link to a built page).
 */
export function webAddress(type: SluggedType, slug: string, language: string = DEFAULT_LANGUAGE): string {
  const folder = language === DEFAULT_LANGUAGE ? '' : `/${language}`
  return `${folder}${SLUG_PREFIXES[type]}${slug}/`
}
