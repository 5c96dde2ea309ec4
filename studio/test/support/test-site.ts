import type {Page} from 'playwright-core'

/**
 * The site address the browser tests' Studio is built with (`SANITY_STUDIO_SITE_URL`): a reserved
 * test domain, never resolved, answered inside the browser.
 */
export const TEST_SITE = 'https://site.test'

/**
 * Answers the Studio's polls of the test site with 404 (no build.json, no status), so a test that
 * does not serve a site of its own never reaches a network. A test's own routes, added later, win.
 */
export async function routeNoSite(page: Page) {
  await page.context().route(`${TEST_SITE}/**`, (route) => route.fulfill({status: 404, headers: {'Access-Control-Allow-Origin': '*'}, body: 'No site in this test'}))
}
