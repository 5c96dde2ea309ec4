import type {Page} from 'playwright-core'
import type {ServiceStatus, SiteBuild} from '../../live/live-state'

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

/**
 * Answers the Studio's polls of the test site with the given `build.json` and `/status` (a
 * missing status answers 404, as a host without the rebuild service does). `site` is read at
 * each request, so a test may change it between polls.
 */
export async function routeTestSite(page: Page, site: {build: SiteBuild; status: ServiceStatus | null}) {
  await page.context().route(`${TEST_SITE}/**`, (route) => {
    const {pathname} = new URL(route.request().url())
    const cors = {'Access-Control-Allow-Origin': '*'}
    const body = pathname === '/build.json' ? site.build : pathname === '/status' ? site.status : null
    return body
      ? route.fulfill({status: 200, headers: {...cors, 'Content-Type': 'application/json'}, body: JSON.stringify(body)})
      : route.fulfill({status: 404, headers: cors, body: 'Not found'})
  })
}
