import {LANGUAGE_IDS} from './languages'

/**
 * Which web addresses belong to the site itself, so that no document can take one. The Studio
 * refuses these slugs and the site's build stops on them. Imports no Studio code, so the site can use it.
 */

/** The document types that have a web address, and the folder their pages live in. */
export const SLUG_PREFIXES = {
  page: '/',
  faq: '/faq/',
  faqCategory: '/faq/topics/',
  report: '/reports/',
  jobOpening: '/careers/',
} as const

export type SluggedType = keyof typeof SLUG_PREFIXES

/**
 * The site's own routes beside each slugged type's pages, as `site/src/pages` has them: static
 * pages and folders by name, paged lists by their `page` segment (`/reports/page/2/`). A test
 * derives these from that folder, so a new page there fails it until it is listed here.
 */
export const SITE_ROUTES: Record<SluggedType, readonly string[]> = {
  page: ['404', 'build.json', 'careers', 'faq', 'get-help', 'media', 'reports', 'robots.txt', 'safety', 'search'],
  faq: ['topics'],
  faqCategory: [],
  report: ['page', 'rss.xml'],
  jobOpening: ['page'],
}

/**
 * Top-level names the build and the rebuild service use besides pages: Astro's scripts and
 * styles, the search index, the host's header rules, the sitemaps, files copied from `public/`,
 * and the preview of drafts. A test checks every top-level name of a built site against them.
 */
export const SITE_FILES = [
  '_astro',
  '_headers',
  '_redirects',
  'favicon.svg',
  'pagefind',
  // Each language's words for search's spelling correction (`site/src/build/search-vocabulary.ts`).
  'pagefind-vocabulary',
  'preview',
  'sitemap-index.xml',
  'sitemap-0.xml',
] as const

/**
 * Segments a document of this type may not use as its slug. Every language's code is one, since
 * it is that language's folder; the site passes the list it builds.
 */
export function reservedSlugs(type: SluggedType, languages: readonly string[] = LANGUAGE_IDS): readonly string[] {
  return type === 'page' ? [...SITE_ROUTES.page, ...SITE_FILES, ...languages] : SITE_ROUTES[type]
}

export function isSluggedType(type: string): type is SluggedType {
  return Object.hasOwn(SLUG_PREFIXES, type)
}
