import type {Browser, BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, inject} from 'vitest'
import {launchBrowser} from 'scripts/measure/browser'
import {serveDist, type ServedSite} from 'scripts/measure/serve-dist'

/** The neutral site the quick exit leaves for, in the fixture's settings. */
export const NEUTRAL = 'https://weather.com/'

/**
 * A browser context in which any request for another host is recorded and answered by the test
 * (never sent): the neutral quick-exit site gets a stand-in page, anything else fails the test.
 */
export async function guardedContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ctx: BrowserContext; outside: string[]}> {
  const ctx = await browser.newContext(options)
  const outside: string[] = []
  await ctx.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      const url = route.request().url()
      if (url.startsWith(NEUTRAL)) return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>'})
      outside.push(url)
      return route.abort()
    },
  )
  return {ctx, outside}
}

/** The fixture site served on 127.0.0.1, and Chromium. */
export interface SiteInBrowser {
  server: ServedSite
  browser: Browser
}

/** Serves the fixture site and starts Chromium for the test file that calls it, and closes both after it. */
export function siteInBrowser(): SiteInBrowser {
  const served = {} as SiteInBrowser
  beforeAll(async () => {
    served.server = await serveDist(inject('fixtureSite'))
    served.browser = await launchBrowser()
  })
  afterAll(async () => {
    await served.browser?.close()
    await served.server?.close()
  })
  return served
}
