/**
 * One page of each type the fixture site has, in each language, as a visitor asks for it: what
 * every test of all pages (axe, Lighthouse, weight, help in view, screenshots) and the Lighthouse
 * benchmark go through. The search pages carry a query, so they show results.
 */
export const PAGE_TYPES = [
  '/',
  '/get-help/',
  '/faq/',
  '/faq/what-is-human-trafficking/',
  '/faq/ayuda-en-espanol/',
  '/reports/',
  '/reports/sample-annual-report-2025/',
  '/careers/',
  '/careers/sample-case-manager/',
  '/search/?q=hotline',
  '/safety/',
  '/about/',
  '/no-such-page/',
  '/es/',
  '/es/get-help/',
  '/es/faq/',
  '/es/faq/que-es-la-trata-de-personas/',
  '/es/reports/',
  '/es/careers/',
  '/es/search/?q=ayuda',
  '/es/safety/',
  '/es/sobre-cast/',
  '/es/no-existe/',
]

/** The addresses among them that no page has, and the not-found page each language serves for them. */
const NOT_FOUND: Record<string, string> = {'/no-such-page/': '/404.html', '/es/no-existe/': '/es/404.html'}

/** Whether the page is served with status 404 (which Lighthouse's SEO category rightly marks down). */
export const isNotFound = (path: string) => path in NOT_FOUND

/** Each page type's file in the built site, for tests that read the site's folder rather than serve it. */
export const PAGE_FILES = PAGE_TYPES.map((path) => NOT_FOUND[path] ?? path.replace(/\?.*$/, ''))

/** Pages only the test fixture has: a question in Spanish, Chinese and Arabic on the English site. */
const FIXTURE_ONLY = new Set(['/faq/ayuda-en-espanol/'])

/** The page types the site built from the embedded dataset has and serves with status 200. */
export const DATASET_PAGE_TYPES = PAGE_TYPES.filter((path) => !FIXTURE_ONLY.has(path) && !isNotFound(path))
